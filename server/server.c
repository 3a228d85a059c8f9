/* SPDX-License-Identifier: MIT */
#include "server.h"

#include <string.h>

#include "counter.h"

struct drive *server_find_drive(struct server *srv, const char *name)
{
	struct node *n = srv->node;

	for (unsigned i = 0; i < n->nr_drives; i++)
		if (!strcmp(n->drives[i].name, name))
			return &n->drives[i];
	return NULL;
}

struct server *node_drive_owner(const struct node *n, unsigned drive)
{
	return n->servers[drive % n->nr_servers];
}

struct server *drive_owner(const struct server *srv, const struct drive *d)
{
	return node_drive_owner(srv->node, d - srv->node->drives);
}

void server_refused(struct server *srv, enum metrics_refusal why,
		    const char *peer, const char *detail)
{
	COUNTER_ADD(srv->metrics.refusals[why], 1);
	log_ratelimited(&srv->refusal_log[why], LOG_LVL_WARN, "refused "
			"reason=%s peer=%s detail=\"%s\"",
			metrics_refusal_name(why), peer, detail);
}
