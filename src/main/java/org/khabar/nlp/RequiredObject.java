package org.khabar.nlp;

import java.util.Set;

/**
 * What must follow a verb for it to be a speech act: one of {@code words}, with someone other than the speaker
 * before it when it {@code blames} («حمّل الرئيس عباس الحكومة الإسرائيلية المسؤولية»); or just the thing expressed
 * («أبدى الرئيس عباس استعداده», not «تبدي مزيدا من العدائية», shows more hostility).
 */
public record RequiredObject(Set<String> words, boolean blames) {}
