package org.kakehashi.terms;

import org.junit.jupiter.api.Test;
import org.kakehashi.language.LanguageTag;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kakehashi.terms.TermStatus.ADMITTED;
import static org.kakehashi.terms.TermStatus.FORBIDDEN;
import static org.kakehashi.terms.TermStatus.PREFERRED;

class TbxFilesTest {

    private static final String TBX = "urn:iso:std:iso:30042:ed-2";
    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final LanguageTag ZH = LanguageTag.of("zh-Hans");

    private static final List<Concept> TERMBASE = List.of(
            new Concept("42", "行政", "市の執行機関の長", "条例では「市長」と書く。", "地方自治法第139条", List.of(
                    new TermForm(JA, "市長", "noun", PREFERRED),
                    new TermForm(EN, "mayor", "noun", PREFERRED),
                    new TermForm(EN, "city head", "noun", FORBIDDEN),
                    new TermForm(ZH, "市长", "noun", PREFERRED))),
            new Concept("3f2a9c1e-7d7b-4b59-a8a4-0c6f0f6d1a2e", null, null, "R&D < pilot >\n二行目", null, List.of(
                    new TermForm(JA, "転入届", null, PREFERRED),
                    new TermForm(EN, "moving-in notification", null, ADMITTED),
                    new TermForm(EN, "transfer-in report", "other", FORBIDDEN))),
            new Concept(null, null, null, null, null, List.of(
                    new TermForm(JA, "申請する", "verb", ADMITTED),
                    new TermForm(ZH, "申请", "verb", PREFERRED),
                    new TermForm(EN, "eligible", "adjective", ADMITTED),
                    new TermForm(EN, "promptly", "adverb", ADMITTED))));

    private static byte[] written(List<Concept> concepts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TbxFiles.write(concepts, "多文化共生課 用語集", out);
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aTermbaseWrittenAsTbxReadsBackAsItWas() {
        assertThat(TbxFiles.read(written(TERMBASE))).isEqualTo(TERMBASE);
    }

    @Test
    void theWrittenFileIsTbxBasicInTheNamespaceOfIso30042AsAnyXmlParserSeesIt() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(written(TERMBASE)));

        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("tbx");
        assertThat(root.getNamespaceURI()).isEqualTo(TBX);
        assertThat(root.getAttribute("type")).isEqualTo("TBX-Basic");
        assertThat(root.getAttribute("style")).isEqualTo("dca");
        assertThat(root.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("en");
        assertThat(elementsOutside(root, TBX)).isEmpty();
        assertThat(children(root)).extracting(Element::getLocalName).containsExactly("tbxHeader", "text");
        assertThat(root.getElementsByTagNameNS(TBX, "title").item(0).getTextContent())
                .isEqualTo("多文化共生課 用語集");
        assertThat(root.getElementsByTagNameNS(TBX, "sourceDesc").item(0).getTextContent()).contains("Kakehashi");

        NodeList entries = root.getElementsByTagNameNS(TBX, "conceptEntry");
        assertThat(entries.getLength()).isEqualTo(3);
        Element mayor = (Element) entries.item(0);
        assertThat(mayor.getAttribute("id")).isEqualTo("_42");
        assertThat(((Element) entries.item(1)).getAttribute("id")).isEqualTo("_3f2a9c1e-7d7b-4b59-a8a4-0c6f0f6d1a2e");
        assertThat(((Element) entries.item(2)).hasAttribute("id")).isFalse();
        assertThat(children(mayor)).extracting(e -> e.getLocalName() + " " + e.getAttribute("type") + " "
                        + e.getAttributeNS(XMLConstants.XML_NS_URI, "lang"))
                .containsExactly("descrip subjectField ", "descrip definition ", "admin source ", "note  ",
                        "langSec  ja", "langSec  en", "langSec  zh-Hans");
        Element english = children(mayor).get(5);
        assertThat(children(english)).extracting(Element::getLocalName).containsExactly("termSec", "termSec");
        Element cityHead = children(english).get(1);
        assertThat(children(cityHead)).extracting(e -> e.getLocalName() + " " + e.getAttribute("type") + " "
                        + e.getTextContent())
                .containsExactly("term  city head", "termNote partOfSpeech noun",
                        "termNote administrativeStatus deprecatedTerm-admn-sts");
        assertThat(statuses(root)).containsExactly("preferredTerm-admn-sts", "preferredTerm-admn-sts",
                "deprecatedTerm-admn-sts", "preferredTerm-admn-sts", "preferredTerm-admn-sts",
                "admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "admittedTerm-admn-sts",
                "preferredTerm-admn-sts", "admittedTerm-admn-sts", "admittedTerm-admn-sts");
    }

    @Test
    void aProperNounOfTbxBasic2008IsWrittenAsANounAsTbxBasicForTbxV3HasNoProperNoun() {
        List<Concept> city = List.of(new Concept("city", null, null, null, null,
                List.of(new TermForm(JA, "浜松市", "properNoun", PREFERRED))));

        String tbx = new String(written(city), StandardCharsets.UTF_8);

        assertThat(tbx).contains("<termNote type=\"partOfSpeech\">noun</termNote>").doesNotContain("properNoun");
    }

    @Test
    void aConceptWithoutATermIsNotWritten() {
        List<Concept> empty = List.of(new Concept("7", "教育", null, null, null, List.of()));

        assertThatThrownBy(() -> written(empty)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7");
    }

    @Test
    void aTbxV3FileOfAnotherToolReadsWithDefinitionAndSourceTakenFromTheLanguageWhenTheConceptHasNone() {
        String tbx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <?xml-model href="TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <tbxHeader><fileDesc><sourceDesc><p>exported from a CAT tool</p></sourceDesc></fileDesc></tbxHeader>
                  <text>
                    <body>
                      <conceptEntry id="c1">
                        <transacGrp>
                          <transac type="transactionType">origination</transac><date>2024-04-01</date>
                        </transacGrp>
                        <descrip type="subjectField">税務</descrip>
                        <note>個人住民税のこと。</note>
                        <note>県民税を含む。</note>
                        <langSec xml:lang="ja">
                          <descripGrp>
                            <descrip type="definition">市と県が個人に課す税</descrip>
                            <admin type="source">地方税法</admin>
                          </descripGrp>
                          <termSec>
                            <term>住民税</term>
                            <termNote type="partOfSpeech">noun</termNote>
                            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                            <descrip type="context">住民税の納付書を送ります。</descrip>
                          </termSec>
                        </langSec>
                        <langSec xml:lang="en-US">
                          <descrip type="definition">A tax on residents.</descrip>
                          <termSec>
                            <term>resident <hi type="italics">tax</hi></term>
                            <termNote type="partOfSpeech">Noun</termNote>
                          </termSec>
                          <termSec>
                            <term>inhabitant tax</term>
                            <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
                          </termSec>
                        </langSec>
                      </conceptEntry>
                      <conceptEntry id="c2">
                        <descripGrp>
                          <descrip type="definition">住所を移したときに出す届</descrip>
                          <admin type="source">住民基本台帳法</admin>
                        </descripGrp>
                        <langSec xml:lang="zh-CN">
                          <termSec><term>迁入申报</term><termNote type="partOfSpeech">pronoun</termNote></termSec>
                          <termSec><term>  </term></termSec>
                        </langSec>
                      </conceptEntry>
                    </body>
                  </text>
                </tbx>
                """;

        assertThat(TbxFiles.read(utf8(tbx))).containsExactly(
                new Concept("c1", "税務", "市と県が個人に課す税", "個人住民税のこと。\n県民税を含む。", "地方税法", List.of(
                        new TermForm(JA, "住民税", "noun", PREFERRED),
                        new TermForm(LanguageTag.of("en-US"), "resident tax", "noun", ADMITTED),
                        new TermForm(LanguageTag.of("en-US"), "inhabitant tax", null, FORBIDDEN))),
                new Concept("c2", null, "住所を移したときに出す届", null, "住民基本台帳法", List.of(
                        new TermForm(LanguageTag.of("zh-Hans-CN"), "迁入申报", null, ADMITTED))));
    }

    @Test
    void aTbxBasic2008FileOfAnOlderToolReadsWithoutItsDtdBeingLoaded() {
        String martif = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE martif SYSTEM "https://kakehashi.invalid/TBXcoreStructV02.dtd">
                <martif type="TBX-Basic" xml:lang="ja">
                  <martifHeader>
                    <fileDesc><sourceDesc><p>古い用語管理ツール</p></sourceDesc></fileDesc>
                    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>
                  </martifHeader>
                  <text>
                    <body>
                      <termEntry id="101">
                        <descrip type="subjectField">福祉</descrip>
                        <descripGrp>
                          <descrip type="definition">介護が必要な度合い</descrip>
                          <admin type="source">介護保険法</admin>
                        </descripGrp>
                        <note>認定は市が行う。</note>
                        <langSet xml:lang="ja">
                          <tig>
                            <term>要介護度</term>
                            <termNote type="partOfSpeech">noun</termNote>
                            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                          </tig>
                        </langSet>
                        <langSet xml:lang="en">
                          <ntig>
                            <termGrp>
                              <term>care level</term>
                              <termNote type="partOfSpeech">noun</termNote>
                              <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
                            </termGrp>
                            <admin type="source">MHLW English glossary</admin>
                          </ntig>
                          <tig>
                            <term>Kaigo Insurance</term>
                            <termNote type="partOfSpeech">properNoun</termNote>
                            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
                          </tig>
                        </langSet>
                      </termEntry>
                      <termEntry>
                        <langSet xml:lang="zh">
                          <tig><term>护理等级</term></tig>
                        </langSet>
                      </termEntry>
                    </body>
                  </text>
                </martif>
                """;

        assertThat(TbxFiles.read(utf8(martif))).containsExactly(
                new Concept("101", "福祉", "介護が必要な度合い", "認定は市が行う。", "介護保険法", List.of(
                        new TermForm(JA, "要介護度", "noun", PREFERRED),
                        new TermForm(EN, "care level", "noun", ADMITTED),
                        new TermForm(EN, "Kaigo Insurance", "properNoun", FORBIDDEN))),
                new Concept(null, null, null, null, null, List.of(new TermForm(ZH, "护理等级", null, ADMITTED))));
    }

    @Test
    void aFileThatDeclaresAnExternalEntityIsRefusedBeforeAnyParserSeesIt() {
        String hostile = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE tbx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
                  <text><body><conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>&secret;</term></termSec>
                  </langSec></conceptEntry></body></text>
                </tbx>
                """;

        assertThatThrownBy(() -> TbxFiles.read(utf8(hostile))).isInstanceOfSatisfying(TermbaseFileException.class,
                e -> assertThat(e.messageKey()).isEqualTo("terms.tbx-doctype"));
        assertThatThrownBy(() -> TbxFiles.read(hostile.getBytes(StandardCharsets.UTF_16)))
                .isInstanceOfSatisfying(TermbaseFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("terms.tbx-doctype"));
    }

    @Test
    void anEntityThatNoDeclarationDefinesLeavesTheFileUnreadable() {
        String undefined = """
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <text><body><conceptEntry><langSec xml:lang="en"><termSec><term>&nbsp;mayor</term></termSec>
                  </langSec></conceptEntry></body></text>
                </tbx>
                """;

        assertThatThrownBy(() -> TbxFiles.read(utf8(undefined))).isInstanceOfSatisfying(TermbaseFileException.class,
                e -> assertThat(e.messageKey()).isEqualTo("terms.tbx-unreadable"));
    }

    @Test
    void aFileThatIsNotXmlOrNotTbxIsRefusedSayingWhich() {
        assertThatThrownBy(() -> TbxFiles.read(utf8("ja,en\n市長,mayor\n")))
                .isInstanceOfSatisfying(TermbaseFileException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("terms.tbx-unreadable");
                    assertThat(e.arguments()).containsExactly("1");
                });
        assertThatThrownBy(() -> TbxFiles.read(utf8("<tbx>\n<text><body>\n</tbx>")))
                .isInstanceOfSatisfying(TermbaseFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("terms.tbx-unreadable"));
        assertThatThrownBy(() -> TbxFiles.read(utf8("<tmx version=\"1.4\"><header/><body/></tmx>")))
                .isInstanceOfSatisfying(TermbaseFileException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("terms.tbx-not-tbx");
                    assertThat(e.arguments()).containsExactly("tmx");
                });
    }

    @Test
    void anEntryWithoutATermIsRefusedNamingTheEntry() {
        String tbx = """
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <text><body>
                    <conceptEntry id="c1">
                      <langSec xml:lang="ja"><termSec><term>市長</term></termSec></langSec>
                    </conceptEntry>
                    <conceptEntry id="c2"><descrip type="subjectField">教育</descrip></conceptEntry>
                    <conceptEntry><langSec xml:lang="ja"><termSec><term/></termSec></langSec></conceptEntry>
                  </body></text>
                </tbx>
                """;

        assertThatThrownBy(() -> TbxFiles.read(utf8(tbx))).isInstanceOfSatisfying(TermbaseFileException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("terms.tbx-entry-without-term");
            assertThat(e.arguments()).containsExactly("c2");
        });
        assertThatThrownBy(() -> TbxFiles.read(utf8(tbx.replace("<conceptEntry id=\"c2\">", "<conceptEntry id=\"c2\">"
                + "<langSec xml:lang=\"ja\"><termSec><term>教育</term></termSec></langSec>"))))
                .isInstanceOfSatisfying(TermbaseFileException.class,
                        e -> assertThat(e.arguments()).containsExactly("#3"));
    }

    @Test
    void aLanguageSectionInNoLanguageIsRefusedNamingTheEntryAndTheTag() {
        String tbx = """
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <text><body>
                    <conceptEntry id="c9">
                      <langSec xml:lang="japanese!"><termSec><term>市長</term></termSec></langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """;

        assertThatThrownBy(() -> TbxFiles.read(utf8(tbx))).isInstanceOfSatisfying(TermbaseFileException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("terms.tbx-language");
            assertThat(e.arguments()).containsExactly("c9", "japanese!");
        });
        assertThatThrownBy(() -> TbxFiles.read(utf8(tbx.replace(" xml:lang=\"japanese!\"", ""))))
                .isInstanceOfSatisfying(TermbaseFileException.class,
                        e -> assertThat(e.arguments()).containsExactly("c9", ""));
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static List<String> elementsOutside(Element element, String namespace) {
        List<String> outside = new ArrayList<>();
        if (!namespace.equals(element.getNamespaceURI())) {
            outside.add(element.getTagName());
        }
        for (Element child : children(element)) {
            outside.addAll(elementsOutside(child, namespace));
        }
        return outside;
    }

    private static List<String> statuses(Element root) {
        List<String> statuses = new ArrayList<>();
        NodeList notes = root.getElementsByTagNameNS(TBX, "termNote");
        for (int i = 0; i < notes.getLength(); i++) {
            Element note = (Element) notes.item(i);
            if (note.getAttribute("type").equals("administrativeStatus")) {
                statuses.add(note.getTextContent());
            }
        }
        return statuses;
    }
}
