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
