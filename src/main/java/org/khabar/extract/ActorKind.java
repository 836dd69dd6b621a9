package org.khabar.extract;

/** What an actor or place is; the names are the ontology's class local names. */
public enum ActorKind {
    Person, Organization, Country, Place;

    public boolean isActor() { return this != Place; }
}
