package org.khabar.extract;

import org.khabar.doc.Document;

/** One step of the extraction pipeline: reads what earlier stages added to the document and adds its own. */
public interface Stage {
    void process(Document doc);
}
