package main

// registered holds every subcommand. Each subcommand file adds its entry
// here, one line each, so the list is easy to read and merge.
var registered = []command{
	checkConfigCmd,
	classifyCommand,
	evalCommand,
	trainCommand,
}
