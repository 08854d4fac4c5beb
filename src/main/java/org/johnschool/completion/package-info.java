/**
 * Completion and its paper: the completion rule evaluated by the system (every required module attended
 * across sessions, nothing owed unless waived, post-test taken) with its trace, completion by an admin
 * against the rule with a written reason, certificates verified on a public page, and the deadline watch
 * that returns failed cases to court.
 */
package org.johnschool.completion;
