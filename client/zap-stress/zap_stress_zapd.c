/* SPDX-License-Identifier: MIT */
/*
 * zap-stress --zapd: run zapd as a child on 127.0.0.1 with an ephemeral
 * port (learned from its --port-file), kill it with SIGKILL and start it
 * again on the same port for --kill-every, and stop it with SIGTERM at the
 * end.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "zap_stress.h"

#define START_NS	(30 * NS)	/* zapd must listen by then */
#define STOP_NS		(40 * NS)	/* and stop by then */
#define EXTRA_ARGS	5	/* --plaintext --listen ADDR --port-file FILE */

static int exit_code(int status)
{
	return WIFEXITED(status) ? WEXITSTATUS(status) :
	       128 + WTERMSIG(status);
}

/* Show the end of zapd's output, which says why it failed. */
static void show_log_tail(const struct zs_zapd *z)
{
	char buf[2048];
	off_t size;
	ssize_t n;
	int fd;

	fd = open(z->log, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	size = lseek(fd, 0, SEEK_END);
	n = pread(fd, buf, sizeof(buf) - 1, size > (off_t)sizeof(buf) - 1 ?
		  size - (off_t)sizeof(buf) + 1 : 0);
	close(fd);
	if (n > 0) {
		buf[n] = '\0';
		fprintf(stderr, "--- the end of zapd's output (%s) ---\n%s%s",
			z->log, buf, buf[n - 1] == '\n' ? "" : "\n");
	}
}

/* The address in the port file, once zapd has written it whole. */
static bool read_port_file(const char *file, char *addr, size_t size)
{
	FILE *f = fopen(file, "r");
	size_t len;
	bool ok;

	if (!f)
		return false;
	ok = fgets(addr, (int)size, f) != NULL;
	fclose(f);
	if (!ok)
		return false;
	len = strcspn(addr, "\n");
	ok = addr[len] == '\n' && strchr(addr, ':');
	addr[len] = '\0';
	return ok;
}

/* In the child: only async-signal-safe calls until exec. */
static void exec_zapd(const struct zs_zapd *z)
{
	int fd;

	setpgid(0, 0);		/* ^C on the terminal: for zap-stress */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	fd = open(z->log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
	if (fd >= 0) {
		dup2(fd, STDOUT_FILENO);
		dup2(fd, STDERR_FILENO);
	}
	fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
	if (fd >= 0)
		dup2(fd, STDIN_FILENO);
	execvp(z->argv[0], z->argv);
	_exit(127);
}

int zs_zapd_restart(struct zs_zapd *z, char *addr, size_t size)
{
	int64_t deadline = zs_now() + START_NS;
	int status;

	unlink(z->port_file);
	z->pid = fork();
	if (z->pid < 0) {
		fprintf(stderr, "zap-stress: fork: %s\n", strerror(errno));
		z->pid = 0;
		return -1;
	}
	if (!z->pid)
		exec_zapd(z);
	while (!read_port_file(z->port_file, addr, size)) {
		if (waitpid(z->pid, &status, WNOHANG) == z->pid) {
			z->pid = 0;
			fprintf(stderr, "zap-stress: %s exited at start with "
				"status %d%s\n", z->argv[0], exit_code(status),
				exit_code(status) == 127 ?
				" (could it be run?)" : "");
			show_log_tail(z);
			return -1;
		}
		if (zs_now() > deadline) {
			fprintf(stderr, "zap-stress: zapd did not listen "
				"within %lld s\n", START_NS / NS);
			show_log_tail(z);
			kill(z->pid, SIGKILL);
			waitpid(z->pid, NULL, 0);
			z->pid = 0;
			return -1;
		}
		usleep(5000);
	}
	snprintf(z->listen, sizeof(z->listen), "%s", addr);
	return 0;
}

int zs_zapd_start(struct zs_zapd *z, const char *cmd, const char *log,
		  char *addr, size_t size)
{
	const char *tmp = getenv("TMPDIR");
	char *save = NULL, *w;
	size_t n = 0;

	snprintf(z->dir, sizeof(z->dir), "%s/zap-stress.XXXXXX",
		 tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(z->dir)) {
		fprintf(stderr, "zap-stress: %s: %s\n", z->dir,
			strerror(errno));
		z->dir[0] = '\0';
		return -1;
	}
	snprintf(z->port_file, sizeof(z->port_file), "%s/addr", z->dir);
	snprintf(z->log_file, sizeof(z->log_file), "%s/zapd.log", z->dir);
	z->log = log ? log : z->log_file;
	/* at most one word per two characters, and ours */
	z->words = strdup(cmd);
	z->argv = calloc(strlen(cmd) / 2 + 2 + EXTRA_ARGS, sizeof(char *));
	if (!z->words || !z->argv) {
		fprintf(stderr, "zap-stress: out of memory\n");
		return -1;
	}
	for (w = strtok_r(z->words, " \t", &save); w;
	     w = strtok_r(NULL, " \t", &save))
		z->argv[n++] = w;
	if (!n) {
		fprintf(stderr, "zap-stress: --zapd: empty command\n");
		return -1;
	}
	snprintf(z->listen, sizeof(z->listen), "127.0.0.1:0");
	z->argv[n++] = "--plaintext";
	z->argv[n++] = "--listen";
	z->argv[n++] = z->listen;
	z->argv[n++] = "--port-file";
	z->argv[n++] = z->port_file;
	return zs_zapd_restart(z, addr, size);
}

void zs_zapd_kill(struct zs_zapd *z)
{
	if (z->pid <= 0)
		return;
	kill(z->pid, SIGKILL);
	waitpid(z->pid, NULL, 0);
	z->pid = 0;
	z->kills++;
}

int zs_zapd_stop(struct zs_zapd *z)
{
	int64_t deadline = zs_now() + STOP_NS;
	int status = 0, rc = 0;

	if (z->pid > 0) {
		kill(z->pid, SIGTERM);
		while (waitpid(z->pid, &status, WNOHANG) == 0) {
			if (zs_now() > deadline) {
				fprintf(stderr, "zap-stress: zapd ignored "
					"SIGTERM for %lld s; killing it\n",
					STOP_NS / NS);
				kill(z->pid, SIGKILL);
				waitpid(z->pid, &status, 0);
				break;
			}
			usleep(10000);
		}
		z->pid = 0;
		if (exit_code(status)) {
			fprintf(stderr, "zap-stress: zapd stopped with status "
				"%d\n", exit_code(status));
			show_log_tail(z);
			rc = -1;
		}
	}
	if (z->dir[0]) {
		unlink(z->port_file);
		if (!rc)	/* else keep what zapd said */
			unlink(z->log_file);
		rmdir(z->dir);
	}
	free(z->argv);
	free(z->words);
	z->argv = NULL;
	z->words = NULL;
	return rc;
}
