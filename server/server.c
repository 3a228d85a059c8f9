/* SPDX-License-Identifier: MIT */
#include "server.h"

#include <string.h>

struct drive *server_find_drive(struct server *srv, const char *name)
{
	for (unsigned i = 0; i < srv->nr_drives; i++)
		if (!strcmp(srv->drives[i].name, name))
			return &srv->drives[i];
	return NULL;
}

void server_refused(struct server *srv, enum metrics_refusal why,
		    const char *peer, const char *detail)
{
	srv->metrics.refusals[why]++;
	log_ratelimited(&srv->refusal_log[why], LOG_LVL_WARN, "refused "
			"reason=%s peer=%s detail=\"%s\"",
			metrics_refusal_name(why), peer, detail);
}
