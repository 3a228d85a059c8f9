/* SPDX-License-Identifier: MIT */
/*
 * A main() for fuzz targets built without libFuzzer (gcc, ctest):
 *
 *   NAME_random [FILE|DIR]...
 *
 * runs the target on each FILE and on each file in each DIR (in name
 * order: ctest names the target's seed corpus and its regression files),
 * then, if no argument was given or ZAP_FUZZ_RUNS is set, on ZAP_FUZZ_RUNS
 * (default 20000) random inputs from a seeded generator (ZAP_SEED,
 * printed): half made by the target's own generator (fuzz_gen.h), half by
 * mutating the files it ran or a generated input (flipped bits, random or
 * boundary bytes, spans cut, repeated or spliced from another input).
 * ZAP_FUZZ_SAVE=FILE writes each random input to FILE before running it,
 * so a crash leaves its input behind for the libFuzzer binary or a
 * regression file.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "fuzz_gen.h"

#ifndef FUZZ_GEN
#error "FUZZ_GEN names the target's generator (fuzz_gen.h)"
#endif

#define FUZZ_MAX_INPUT	(64u << 10)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct input {
	uint8_t *data;
	size_t len;
} *inputs;
static size_t nr_inputs;

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf = malloc(FUZZ_MAX_INPUT);
	size_t n;

	if (!f || !buf) {
		perror(path);
		free(buf);
		if (f)
			fclose(f);
		return -1;
	}
	n = fread(buf, 1, FUZZ_MAX_INPUT, f);
	fclose(f);
	LLVMFuzzerTestOneInput(buf, n);
	/* kept as a base for the mutations */
	inputs = realloc(inputs, (nr_inputs + 1) * sizeof(*inputs));
	if (!inputs)
		abort();
	inputs[nr_inputs++] = (struct input){ buf, n };
	return 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/* A file, or every regular file in a directory. */
static int run_path(const char *path, unsigned *count)
{
	struct dirent **names;
	struct stat st;
	int n, ret = 0;

	if (stat(path, &st)) {
		perror(path);
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		(*count)++;
		return run_file(path);
	}
	n = scandir(path, &names, NULL, by_name);
	if (n < 0) {
		perror(path);
		return -1;
	}
	for (int i = 0; i < n; i++) {
		char file[4096];

		snprintf(file, sizeof(file), "%s/%s", path, names[i]->d_name);
		if (!ret && names[i]->d_name[0] != '.' && !stat(file, &st) &&
		    S_ISREG(st.st_mode)) {
			(*count)++;
			ret = run_file(file);
		}
		free(names[i]);
	}
	free(names);
	return ret;
}

static size_t mutate(uint8_t *buf, size_t n, struct fuzz_rng *r)
{
	static const uint8_t boundary[] = { 0, 1, 0x7f, 0x80, 0xff, 0xfe };
	uint8_t other[FUZZ_MAX_INPUT];

	for (unsigned k = 1 + fuzz_below(r, 4); k; k--) {
		size_t at = fuzz_below(r, n + 1), len, m;

		switch (fuzz_below(r, 7)) {
		case 0:		/* flip a bit */
			if (n)
				buf[fuzz_below(r, n)] ^= 1u << fuzz_below(r, 8);
			break;
		case 1:		/* a random byte */
			if (n)
				buf[fuzz_below(r, n)] = fuzz_rand(r);
			break;
		case 2:		/* a boundary byte */
			if (n)
				buf[fuzz_below(r, n)] = boundary[fuzz_below(
					r, sizeof(boundary))];
			break;
		case 3:		/* cut short */
			n = at;
			break;
		case 4:		/* remove a span */
			len = fuzz_below(r, n - at + 1);
			memmove(buf + at, buf + at + len, n - at - len);
			n -= len;
			break;
		case 5:		/* repeat a span */
			len = fuzz_below(r, n - at + 1);
			if (len > FUZZ_MAX_INPUT - n)
				len = FUZZ_MAX_INPUT - n;
			memmove(buf + at + len, buf + at, n - at);
			n += len;
			break;
		default:	/* the rest from another input */
			if (nr_inputs && fuzz_below(r, 2)) {
				const struct input *in =
					&inputs[fuzz_below(r, nr_inputs)];

				m = in->len;
				memcpy(other, in->data, m);
			} else {
				m = FUZZ_GEN(other, sizeof(other), r);
			}
			len = fuzz_below(r, m + 1);
			if (len > FUZZ_MAX_INPUT - at)
				len = FUZZ_MAX_INPUT - at;
			memcpy(buf + at, other + m - len, len);
			n = at + len;
			break;
		}
	}
	return n;
}

int main(int argc, char **argv)
{
	static uint8_t buf[FUZZ_MAX_INPUT];
	const char *env = getenv("ZAP_SEED"), *save = getenv("ZAP_FUZZ_SAVE");
	long runs = getenv("ZAP_FUZZ_RUNS") ? atol(getenv("ZAP_FUZZ_RUNS")) :
		    argc > 1 ? 0 : 20000;
	struct fuzz_rng r;
	unsigned files = 0;

	for (int i = 1; i < argc; i++)
		if (run_path(argv[i], &files))
			return 1;
	if (argc > 1)
		printf("fuzz: %u files replayed\n", files);
	if (runs <= 0)
		return 0;
	r.s = env ? strtoull(env, NULL, 0) : (uint64_t)time(NULL);
	r.s |= 1;
	printf("seed %llu, %ld runs\n", (unsigned long long)r.s, runs);
	fflush(stdout);
	for (long i = 0; i < runs; i++) {
		size_t n;

		if (fuzz_below(&r, 2)) {
			n = FUZZ_GEN(buf, sizeof(buf), &r);
		} else {
			if (nr_inputs && fuzz_below(&r, 4)) {
				const struct input *in =
					&inputs[fuzz_below(&r, nr_inputs)];

				n = in->len;
				memcpy(buf, in->data, n);
			} else {
				n = FUZZ_GEN(buf, sizeof(buf), &r);
			}
			n = mutate(buf, n, &r);
		}
		if (save) {
			FILE *f = fopen(save, "wb");

			if (!f || fwrite(buf, 1, n, f) != n || fclose(f)) {
				perror(save);
				return 1;
			}
		}
		LLVMFuzzerTestOneInput(buf, n);
	}
	printf("fuzz: %ld passed, 0 failed\n", runs);
	return 0;
}
