#!/bin/bash
# Compiles and runs EmbedRun on the worktree's build output plus the langchain4j embedding jars.
cd /tmp/embed-exp; CP=$(cat base-cp.txt):$(cat cp.txt); mkdir -p classes
javac -nowarn -d classes -cp $CP src/org/stancetracker/extractors/text/EmbedRun.java 2>&1 | grep -A3 error
java $JOPTS -cp $CP:classes org.stancetracker.extractors.text.EmbedRun "$@" 2>&1 | grep -v SLF4J
