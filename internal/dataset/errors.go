package dataset

import (
	"fmt"
	"strings"
)

// Error is one problem in a dataset, at a JSON path such as "ties[12].from".
type Error struct {
	Path, Reason string
}

func (e Error) Error() string {
	if e.Path == "" {
		return "dataset: " + e.Reason
	}
	return "dataset: " + e.Path + ": " + e.Reason
}

// Errors is every problem found, in file order.
type Errors []Error

// maxErrors bounds the list: past it the file is beyond piecemeal repair.
const maxErrors = 50

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

func (es *Errors) add(path, format string, args ...any) {
	if len(*es) < maxErrors {
		*es = append(*es, Error{Path: path, Reason: fmt.Sprintf(format, args...)})
	}
}
