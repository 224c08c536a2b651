#pragma once

// What a process has cost so far, from /proc: the figures the attacks are judged by.

#include <sys/types.h>

namespace cabinet::test {

// Peak resident memory (VmHWM) in KiB; -1 when unreadable.
long peakRssKiB(pid_t pid);
// User plus system CPU time in milliseconds; -1 when unreadable.
long cpuMs(pid_t pid);

} // namespace cabinet::test
