package main

import (
	"net"
	"syscall"
	"unsafe"
)

// siocoutq is Linux's SIOCOUTQ (TIOCOUTQ): the bytes a socket has queued
// but the peer has not acknowledged.
const siocoutq = 0x5411

// unsent returns how many bytes c's kernel still holds for the peer, and
// false where that cannot be known.
func unsent(c net.Conn) (int, bool) {
	sc, ok := c.(syscall.Conn)
	if !ok {
		return 0, false
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return 0, false
	}
	var n int32
	var errno syscall.Errno
	if err := rc.Control(func(fd uintptr) {
		_, _, errno = syscall.Syscall(syscall.SYS_IOCTL, fd, siocoutq, uintptr(unsafe.Pointer(&n)))
	}); err != nil || errno != 0 {
		return 0, false
	}
	return int(n), true
}
