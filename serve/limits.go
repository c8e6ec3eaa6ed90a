package main

// baseFiles are the file descriptors kept out of every budget: the
// listener, the standard streams, the runtime's poller, and spares for
// accepting a connection only to close it.
const baseFiles = 16

// connBudget splits the open-file limit between the connections the server
// may hold at once (conns: the -max-conns wanted, lowered to fit) and the
// 503 refusals it may be writing at the same time (refusing, at most
// maxRefusing, a quarter of what is free). filesPerConn is 2 when files
// come from a directory, 1 from the embedded site. Together they never
// need more than the limit: running out of descriptors stalls accept() for
// everyone and fails the open of the file a held connection asked for,
// while a budget that fits answers the excess with 503 instead.
func connBudget(wanted int, fileLimit uint64, limited bool, filesPerConn int) (conns, refusing int) {
	if !limited {
		return wanted, maxRefusing
	}
	free := int(min(fileLimit, 1<<30)) - baseFiles
	if free < 1+filesPerConn {
		return 1, 0
	}
	refusing = min(maxRefusing, free/4)
	return max(1, min(wanted, (free-refusing)/filesPerConn)), refusing
}
