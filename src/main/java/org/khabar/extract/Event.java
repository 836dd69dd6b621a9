package org.khabar.extract;

import java.util.List;

/** Something that happened; {@code type} is an event-type local name of the ontology (Visit, Attack, ...). */
public record Event(String type, List<Actor> participants, Actor place, DateValue date, Evidence evidence,
                    double confidence) {}
