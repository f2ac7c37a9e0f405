package org.kakehashi.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The termbase as TBX, exported and imported back entry for entry, and from the office's CSV; the handover pack
 * made from the live data, each of its files readable by an independent XML or CSV reader.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HandoverIT {

    private static final String TBX = "urn:iso:std:iso:30042:ed-2";
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");

    @ArquillianResource
    URL base;

    @Test
    void anExportedTermbaseImportedBackIsEveryEntryAsItWasAndARestoredChangeIsUndone() throws Exception {
        Api emily = Api.as(base, "emily");
        String word = "市民活動センター" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String id = emily.call().body(Map.of("subjectField", "facilities", "definition", "市の施設", "terms", List.of(
                        Map.of("language", "ja", "text", word, "status", "PREFERRED", "partOfSpeech", "noun"),
                        Map.of("language", "en", "text", "Civic Activity Centre", "status", "PREFERRED"),
                        Map.of("language", "en", "text", "Citizen Activity Center", "status", "FORBIDDEN"))))
                .post("terms").then().statusCode(201).extract().path("id");

        byte[] exported = emily.call().get("terms/tbx").then().statusCode(200).extract().asByteArray();
        Map<String, List<String>> entries = conceptEntries(exported);
        assertThat(entries.get(id)).containsExactlyInAnyOrder("ja " + word + " preferredTerm-admn-sts",
                "en Civic Activity Centre preferredTerm-admn-sts",
                "en Citizen Activity Center deprecatedTerm-admn-sts");

        emily.call().body(exported).contentType("application/octet-stream").post("terms/import").then().statusCode(200)
                .body("added", equalTo(0)).body("changed", equalTo(0)).body("unchanged", equalTo(entries.size()));

        long version = emily.call().get("terms/{id}", id).then().extract().jsonPath().getLong("version");
        emily.call().body(Map.of("version", version, "terms", List.of(
                        Map.of("language", "ja", "text", word, "status", "PREFERRED")))).put("terms/{id}", id)
                .then().statusCode(200);
        emily.call().body(exported).contentType("application/octet-stream").post("terms/import/preview")
                .then().statusCode(200)
                .body("findAll { it.action == 'CHANGE' }.term", equalTo(List.of(word)));
        emily.call().body(exported).contentType("application/octet-stream").post("terms/import").then().statusCode(200)
                .body("changed", equalTo(1));
        assertThat(conceptEntries(emily.call().get("terms/tbx").then().statusCode(200).extract().asByteArray()))
                .isEqualTo(entries);
    }

    @Test
    void anOfficesSpreadsheetInShiftJisIsPreviewedAndImportedWholeOrNotAtAll() {
        Api emily = Api.as(base, "emily");
        String word = "子育て支援" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        byte[] broken = ("概念ID,分野,ja,en,en 状態\n"
                + "c1,福祉," + word + ",childcare support,preferred\n"
                + "c2,福祉,児童手当" + word + ",child allowance,maybe\n").getBytes(SHIFT_JIS);
        emily.call().header("Accept-Language", "en").body(broken).contentType("text/csv")
                .queryParam("charset", "Shift_JIS")
                .post("terms/import/preview").then().statusCode(200)
                .body("find { it.entry == 3 }.problems[0].column", equalTo("en 状態"));
        emily.call().body(broken).contentType("text/csv").queryParam("charset", "Shift_JIS").post("terms/import").then()
                .statusCode(400).contentType("application/problem+json");
        emily.call().queryParam("q", word).get("terms").then().body("size()", equalTo(0));

        byte[] fixed = new String(broken, SHIFT_JIS).replace("maybe", "forbidden")
                .getBytes(SHIFT_JIS);
        emily.call().body(fixed).contentType("text/csv").queryParam("charset", "Shift_JIS").post("terms/import").then()
                .statusCode(200).body("added", equalTo(2));
        emily.call().queryParam("q", word).get("terms").then().body("size()", equalTo(2));
        Api.as(base, "admin").call().get("admin/changes").then().statusCode(200)
                .body("kind", hasItem("TERMBASE_IMPORT"));
    }

    @Test
    void theHandoverPackHoldsEveryFileTheReadmeNamesEachReadable() throws Exception {
        Api emily = Api.as(base, "emily");
        long version = emily.call().get("handover/style-notes").then().statusCode(200).extract().jsonPath()
                .getLong("version");
        String notes = "# 表記の手引き\n- 課の名称は用語集の英語名で書く。\n- 日付は 29 October 2026 の形。";
        emily.call().body(Map.of("text", notes, "version", version)).put("handover/style-notes").then()
                .statusCode(200).body("text", equalTo(notes));
        emily.call().body(Map.of("text", "stale", "version", version)).put("handover/style-notes").then()
                .statusCode(409);
        Api.as(base, "sato").call().get("handover/pack").then().statusCode(403);

        Map<String, byte[]> files = unzip(emily.call().get("handover/pack").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray());

        assertThat(files).containsKeys("README.txt", "memory/ja.tmx", "termbase.tbx", "style-notes.md",
                "recurring-documents.csv", "partners.csv", "open-requests.csv", "bookings.csv");
        String readme = new String(files.get("README.txt"), StandardCharsets.UTF_8);
        files.keySet().stream().filter(name -> !name.equals("README.txt"))
                .map(name -> name.startsWith("memory/") ? "memory/" : name)
                .forEach(name -> assertThat(readme).as("the README says what %s is", name).contains(name));
        assertThat(new String(files.get("style-notes.md"), StandardCharsets.UTF_8)).isEqualTo(notes);
        for (String name : files.keySet()) {
            if (name.endsWith(".tmx")) {
                assertThat(xml(files.get(name)).getDocumentElement().getTagName()).isEqualTo("tmx");
            }
        }
        assertThat(conceptEntries(files.get("termbase.tbx"))).isNotEmpty();
        String partners = new String(files.get("partners.csv"), StandardCharsets.UTF_8);
        assertThat(partners).startsWith("\uFEFFcode,name,").contains("Napier");
        String open = new String(files.get("open-requests.csv"), StandardCharsets.UTF_8);
        String number = Api.as(base, "sato").submit("引き継ぎの確認です。");
        assertThat(open).startsWith("\uFEFFnumber,");
        assertThat(new String(unzip(emily.call().get("handover/pack").then().extract().asByteArray())
                .get("open-requests.csv"), StandardCharsets.UTF_8)).contains(number);
    }

    /** Each concept entry's id and its terms as "language text status", read with the JDK's DOM, not ours. */
    private static Map<String, List<String>> conceptEntries(byte[] tbx) throws Exception {
        Document document = xml(tbx);
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(TBX);
        assertThat(document.getDocumentElement().getAttribute("type")).isEqualTo("TBX-Basic");
        Map<String, List<String>> entries = new LinkedHashMap<>();
        NodeList concepts = document.getElementsByTagNameNS(TBX, "conceptEntry");
        for (int i = 0; i < concepts.getLength(); i++) {
            Element concept = (Element) concepts.item(i);
            List<String> terms = new ArrayList<>();
            NodeList languages = concept.getElementsByTagNameNS(TBX, "langSec");
            for (int l = 0; l < languages.getLength(); l++) {
                Element language = (Element) languages.item(l);
                NodeList termSecs = language.getElementsByTagNameNS(TBX, "termSec");
                for (int t = 0; t < termSecs.getLength(); t++) {
                    Element termSec = (Element) termSecs.item(t);
                    String status = "";
                    NodeList notes = termSec.getElementsByTagNameNS(TBX, "termNote");
                    for (int n = 0; n < notes.getLength(); n++) {
                        Element note = (Element) notes.item(n);
                        if (note.getAttribute("type").equals("administrativeStatus")) {
                            status = note.getTextContent();
                        }
                    }
                    terms.add(language.getAttributeNS(XMLConstants.XML_NS_URI, "lang") + " "
                            + termSec.getElementsByTagNameNS(TBX, "term").item(0).getTextContent() + " " + status);
                }
            }
            terms.sort(null);
            entries.put(entryId(concept.getAttribute("id")), terms);
        }
        return entries;
    }

    /** An XML id cannot begin with a digit, so a UUID that does is written after an underscore. */
    private static String entryId(String written) {
        return written.matches("_\\d.*") ? written.substring(1) : written;
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                in.transferTo(content);
                files.put(entry.getName(), content.toByteArray());
            }
        }
        return files;
    }
}
