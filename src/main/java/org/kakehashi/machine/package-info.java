/**
 * Machine translation as a draft, never as a delivery: a port with adapters for a LibreTranslate server and for
 * DeepL, chosen by the office's settings (off by default, per language pair), and the drafts kept per segment so
 * that one handed over as the machine wrote it is told apart.
 */
package org.kakehashi.machine;
