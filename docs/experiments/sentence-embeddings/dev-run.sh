#!/bin/bash
# Like /tmp/probe/dev-run.sh, but on the worktree's build output.
cd /tmp/embed-exp; CP=$(cat base-cp.txt); mkdir -p scratch
javac -nowarn -d scratch -cp $CP /tmp/probe/scratch/org/stancetracker/extractors/text/DevRun.java 2>&1 | grep error
java $JOPTS -cp $CP:scratch org.stancetracker.extractors.text.DevRun "$@" 2>&1 | grep -v SLF4J
