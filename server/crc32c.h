/* SPDX-License-Identifier: MIT */
/* crc32c - CRC-32C (Castagnoli), with the SSE4.2 instruction where the CPU
 * has it, three streams at once (about 60x faster than a table), and a
 * table elsewhere. */
#ifndef ZAPD_CRC32C_H
#define ZAPD_CRC32C_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The CRC-32C of buf (initial value ~0, final xor ~0, as iSCSI and ext4). */
uint32_t crc32c(const void *buf, size_t len);
/* The CRC-32C of what crc covered followed by buf. */
uint32_t crc32c_extend(uint32_t crc, const void *buf, size_t len);

/* true: the CPU's instruction computes it (chosen once, at start-up). */
bool crc32c_hardware(void);

#endif
