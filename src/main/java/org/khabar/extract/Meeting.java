package org.khabar.extract;

import java.util.List;

/** An encounter of two or more actors. */
public record Meeting(List<Actor> participants, Actor place, DateValue date, List<String> topics,
                      Evidence evidence, double confidence) {}
