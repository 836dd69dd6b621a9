package org.khabar.extract;

import java.util.List;

/** One speech act. {@code type} is a statement-type local name of the ontology (Call, Claim, ...). */
public record Statement(Actor speaker, Actor addressee, String type, List<String> topics, String quote,
                        String content, DateValue date, Evidence evidence, double confidence) {}
