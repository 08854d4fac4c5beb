/**
 * Record linkage (issue 6): re-arrest records matched to the program's persons — deterministic on state ID or FBI
 * number first, otherwise a Fellegi–Sunter style score on names (Jaro–Winkler, nicknames, aliases), date of birth
 * (day/month swaps, one-digit typos) and sex, over blocks so cost grows with block sizes, not with the product of
 * the two files. Above the upper threshold a pair links by itself; between the thresholds a person decides.
 */
package org.johnschool.linkage;
