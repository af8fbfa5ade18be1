package org.notegarden.app.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The README's run command must start the app on a fresh machine. Maven resolves the
 * {@code payara-micro:} goal prefix in every project the command builds, and only projects that
 * inherit the root POM (which declares the plugin) know that prefix. The partner plugin template
 * has no parent on purpose, so a command building the whole reactor failed with "No plugin found
 * for prefix 'payara-micro'". This walks the reactor the way Maven would and checks that every
 * project the command builds inherits the root POM.
 */
class ReadmeRunCommandTest {
    private static final Path ROOT = Path.of("..", "..");
    private static final String ROOT_ARTIFACT = "notegarden-parent";

    @Test
    void everyProjectTheRunCommandBuildsKnowsThePayaraMicroPrefix() throws Exception {
        String command = runCommand();
        assertTrue(command.contains("payara-micro:start"), "the run command starts Payara Micro: " + command);
        Map<String, Pom> reactor = new LinkedHashMap<>();
        collect(ROOT, reactor);
        List<String> strangers = new ArrayList<>();
        for (Pom pom : built(command, reactor)) {
            if (!inheritsRoot(pom, reactor)) {
                strangers.add(pom.dir + " (" + pom.artifactId + ") does not inherit " + ROOT_ARTIFACT);
            }
        }
        assertEquals(List.of(), strangers, "the README's run command '" + command + "' builds projects that cannot resolve payara-micro:");
    }

    private static boolean inheritsRoot(Pom pom, Map<String, Pom> reactor) {
        return ROOT_ARTIFACT.equals(pom.artifactId)
                || pom.parent != null && reactor.containsKey(pom.parent) && inheritsRoot(reactor.get(pom.parent), reactor);
    }

    /** The first {@code mvn} line of the first shell block under "## Run it". */
    private static String runCommand() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String section = readme.substring(readme.indexOf("## Run it"));
        Matcher block = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertTrue(block.find(), "README's 'Run it' has a shell block");
        return block.group(1).lines().filter(l -> l.startsWith("mvn ")).findFirst().orElseThrow();
    }

    /** The projects Maven builds for the command: all, or those named by -pl with what they need (-am). */
    private static List<Pom> built(String command, Map<String, Pom> reactor) {
        Matcher selected = Pattern.compile("-pl\\s+(\\S+)").matcher(command);
        if (!selected.find()) {
            return List.copyOf(reactor.values());
        }
        boolean alsoMake = command.matches(".*\\s-am(\\s.*|$)") || command.contains("--also-make");
        Set<String> wanted = new TreeSet<>();
        Deque<Pom> todo = new ArrayDeque<>();
        for (String dir : selected.group(1).split(",")) {
            Pom pom = reactor.values().stream().filter(p -> p.dir.equals(ROOT.resolve(dir).normalize())).findFirst().orElseThrow(
                    () -> new AssertionError("-pl names " + dir + ", which is not in the reactor"));
            todo.add(pom);
        }
        while (!todo.isEmpty()) {
            Pom pom = todo.pop();
            if (wanted.add(pom.artifactId) && alsoMake) {
                for (String needed : pom.needs) {
                    if (reactor.containsKey(needed)) {
                        todo.add(reactor.get(needed));
                    }
                }
            }
        }
        return reactor.values().stream().filter(p -> wanted.contains(p.artifactId)).toList();
    }

    private static void collect(Path dir, Map<String, Pom> reactor) throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("pom.xml").toFile());
        Element project = xml.getDocumentElement();
        Element parent = child(project, "parent");
        List<String> needs = new ArrayList<>();
        if (parent != null) {
            needs.add(text(parent, "artifactId"));
        }
        Element dependencies = child(project, "dependencies");
        if (dependencies != null) {
            for (Element dependency : children(dependencies, "dependency")) {
                needs.add(text(dependency, "artifactId"));
            }
        }
        Pom pom = new Pom(dir.normalize(), text(project, "artifactId"), parent == null ? null : text(parent, "artifactId"), needs);
        reactor.put(pom.artifactId, pom);
        Element modules = child(project, "modules");
        if (modules != null) {
            for (Element module : children(modules, "module")) {
                collect(dir.resolve(module.getTextContent().trim()), reactor);
            }
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent().trim();
    }

    private record Pom(Path dir, String artifactId, String parent, List<String> needs) {
    }
}
