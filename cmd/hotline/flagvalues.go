package main

import "github.com/hotline/hotline/internal/flagvalue"

// byteSize is the size flag serve's limits use.
type byteSize = flagvalue.ByteSize
