package dev.sequelizeddl.ddl;

import dev.sequelizeddl.schema.Attribute;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.JsModelRef;
import dev.sequelizeddl.schema.JsValue.JsObject;
import dev.sequelizeddl.schema.JsValue.JsString;
import dev.sequelizeddl.schema.Model;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sequelize's {@code ModelManager#getModelsTopoSortedByForeignKey} (lib/model-manager.js) with the
 * exact DFS of toposort-class 1.0.1 (build/toposort.js), whose visiting order decides the output.
 */
final class TopoSort {
    private TopoSort() {}

    /** The sorted models (dependents first, as Sequelize returns them), or null on a cycle. */
    static List<Model> modelsTopoSortedByForeignKey(List<Model> models) {
        Map<String, Model> byTable = new HashMap<>();
        Toposort sorter = new Toposort();
        for (Model model : models) {
            String tableName = model.table().sortKey();
            byTable.put(tableName, model); // a later model on the same table replaces the earlier one
            List<Object> deps = new ArrayList<>();
            for (Attribute attribute : model.attributes()) {
                JsValue references = attribute.get("references");
                if (references.truthy()) deps.add(depName(references, models));
            }
            deps.removeIf(dep -> tableName.equals(dep));
            sorter.add(tableName, deps);
        }
        List<String> sorted;
        try {
            sorted = sorter.sort();
        } catch (CyclicDependencyException e) {
            return null;
        }
        List<Model> out = new ArrayList<>();
        for (String name : sorted) {
            Model m = byTable.get(name);
            if (m != null) out.add(m);
        }
        return out;
    }

    /** {@code attribute.references.model}, objects turned into {@code `${schema}.${tableName}`}. */
    private static Object depName(JsValue references, List<Model> models) {
        JsValue dep = references instanceof JsObject o ? o.get("model") : JsValue.UNDEFINED;
        if (dep instanceof JsString s) return s.value();
        if (dep instanceof JsObject o) return o.get("schema").jsString() + "." + o.get("tableName").jsString();
        if (dep instanceof JsModelRef ref) {
            // A Model class left unresolved: `${Model.schema}.${Model.tableName}` (no static schema)
            for (Model m : models) {
                if (m.name().equals(ref.name())) return "undefined." + m.tableName();
            }
            return "undefined.undefined";
        }
        return null; // not a string: toposort-class throws a TypeError
    }

    static final class CyclicDependencyException extends RuntimeException {
        CyclicDependencyException(String message) {
            super(message);
        }
    }

    /** toposort-class 1.0.1, edge list and node list kept as arrays like the original. */
    static final class Toposort {
        private final List<String[]> edges = new ArrayList<>();

        void add(String item, List<Object> deps) {
            if (item == null || item.isEmpty()) {
                throw new IllegalArgumentException("Dependent name must be given as a not empty string");
            }
            if (!deps.isEmpty()) {
                for (Object dep : deps) {
                    if (!(dep instanceof String s) || s.isEmpty()) {
                        throw new IllegalArgumentException("Dependency name must be given as a not empty string");
                    }
                    edges.add(new String[] {item, s});
                }
            } else {
                edges.add(new String[] {item});
            }
        }

        List<String> sort() {
            List<String> nodes = new ArrayList<>();
            for (String[] edge : edges) {
                for (String node : edge) {
                    if (!nodes.contains(node)) nodes.add(node);
                }
            }
            String[] sorted = new String[nodes.size()];
            int[] place = {nodes.size()};
            for (int i = 0; i < nodes.size(); i++) {
                String node = nodes.get(i);
                if (node != null) {
                    nodes.set(i, null); // "mark the node as false"
                    for (String[] edge : edges) {
                        if (edge[0].equals(node)) visit(edge.length > 1 ? edge[1] : null, List.of(node), nodes, sorted, place);
                    }
                    sorted[--place[0]] = node;
                }
            }
            return Arrays.asList(sorted);
        }

        private void visit(String node, List<String> predecessors, List<String> nodes, String[] sorted, int[] place) {
            if (node == null) return; // edge[1] of a dependency-less edge is undefined: indexOf gives -1
            if (!predecessors.isEmpty() && predecessors.contains(node)) {
                throw new CyclicDependencyException("Cyclic dependency found. " + node + " is dependent of itself.");
            }
            int index = nodes.indexOf(node);
            if (index != -1) {
                List<String> copy = null;
                nodes.set(index, null);
                for (String[] edge : edges) {
                    if (edge[0].equals(node)) {
                        if (copy == null) {
                            copy = new ArrayList<>(predecessors);
                            copy.add(node);
                        }
                        visit(edge.length > 1 ? edge[1] : null, copy, nodes, sorted, place);
                    }
                }
                sorted[--place[0]] = node;
            }
        }
    }
}
