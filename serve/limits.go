package main

// reservedFiles are the file descriptors kept out of the connection cap:
// the listener, standard streams, the runtime's own, and the refusals in
// flight.
const reservedFiles = 32 + maxRefusing

// connCap returns how many connections the server may hold at once: the
// -max-conns wanted, lowered so that they and the files they read fit in
// the open-file limit (filesPerConn is 2 when files come from a directory,
// 1 from the embedded site). Running out of descriptors stalls accept()
// for everyone; a cap below the limit answers the excess with 503 instead.
func connCap(wanted int, fileLimit uint64, limited bool, filesPerConn int) int {
	if !limited {
		return wanted
	}
	free := fileLimit / 2
	if fileLimit > 2*reservedFiles {
		free = fileLimit - reservedFiles
	}
	fit := int(min(free/uint64(filesPerConn), 1<<30))
	return max(1, min(wanted, fit))
}
