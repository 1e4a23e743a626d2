package main

// registered holds every subcommand. Each subcommand file adds its entry
// here, one line each, so the list is easy to read and merge.
var registered = []command{
	checkConfigCmd,
	alertsCmd,
	demoCmd,
	classifyCommand,
	evalCommand,
	trainCommand,
	serveCmd,
	benchCmd,
	versionCmd,
	ingestCmd,
	coachCmd,
	customerCmd,
}
