"use strict";
var __create = Object.create;
var __defProp2 = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp2(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp2(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/@vscode/tree-sitter-wasm/wasm/tree-sitter.js
var require_tree_sitter = __commonJS({
  "node_modules/@vscode/tree-sitter-wasm/wasm/tree-sitter.js"(exports2, module2) {
    var __nodeFsPromises = __toESM(require("node:fs/promises"));
    var __nodeModule = __toESM(require("node:module"));
    (function(global, factory) {
      typeof define === "function" && define.amd ? define(["exports"], factory) : typeof exports2 === "object" && typeof module2 !== "undefined" ? module2.exports = factory() : (global = typeof globalThis !== "undefined" ? globalThis : global || self, global.Parser = factory());
    })(exports2, (function() {
      function getCurrentScriptUrl() {
        if (typeof __filename !== "undefined") {
          return require("url").pathToFileURL(__filename).href;
        }
        if (typeof document !== "undefined") {
          const script = document.currentScript;
          return script ? script.src : void 0;
        }
        throw new Error("Unable to determine script URL");
      }
      var __defProp = Object.defineProperty;
      var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
      var SIZE_OF_SHORT = 2;
      var SIZE_OF_INT = 4;
      var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
      var SIZE_OF_NODE = 5 * SIZE_OF_INT;
      var SIZE_OF_POINT = 2 * SIZE_OF_INT;
      var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
      var ZERO_POINT = { row: 0, column: 0 };
      var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
      function assertInternal(x) {
        if (x !== INTERNAL) throw new Error("Illegal constructor");
      }
      __name(assertInternal, "assertInternal");
      function isPoint(point) {
        return !!point && typeof point.row === "number" && typeof point.column === "number";
      }
      __name(isPoint, "isPoint");
      function setModule(module22) {
        C = module22;
      }
      __name(setModule, "setModule");
      var C;
      var LookaheadIterator = class {
        static {
          __name(this, "LookaheadIterator");
        }
        /** @internal */
        [0] = 0;
        // Internal handle for WASM
        /** @internal */
        language;
        /** @internal */
        constructor(internal, address, language) {
          assertInternal(internal);
          this[0] = address;
          this.language = language;
        }
        /** Get the current symbol of the lookahead iterator. */
        get currentTypeId() {
          return C._ts_lookahead_iterator_current_symbol(this[0]);
        }
        /** Get the current symbol name of the lookahead iterator. */
        get currentType() {
          return this.language.types[this.currentTypeId] || "ERROR";
        }
        /** Delete the lookahead iterator, freeing its resources. */
        delete() {
          C._ts_lookahead_iterator_delete(this[0]);
          this[0] = 0;
        }
        /**
         * Reset the lookahead iterator.
         *
         * This returns `true` if the language was set successfully and `false`
         * otherwise.
         */
        reset(language, stateId) {
          if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
            this.language = language;
            return true;
          }
          return false;
        }
        /**
         * Reset the lookahead iterator to another state.
         *
         * This returns `true` if the iterator was reset to the given state and
         * `false` otherwise.
         */
        resetState(stateId) {
          return Boolean(C._ts_lookahead_iterator_reset_state(this[0], stateId));
        }
        /**
         * Returns an iterator that iterates over the symbols of the lookahead iterator.
         *
         * The iterator will yield the current symbol name as a string for each step
         * until there are no more symbols to iterate over.
         */
        [Symbol.iterator]() {
          return {
            next: /* @__PURE__ */ __name(() => {
              if (C._ts_lookahead_iterator_next(this[0])) {
                return { done: false, value: this.currentType };
              }
              return { done: true, value: "" };
            }, "next")
          };
        }
      };
      function getText(tree, startIndex, endIndex, startPosition) {
        const length = endIndex - startIndex;
        let result = tree.textCallback(startIndex, startPosition);
        if (result) {
          startIndex += result.length;
          while (startIndex < endIndex) {
            const string4 = tree.textCallback(startIndex, startPosition);
            if (string4 && string4.length > 0) {
              startIndex += string4.length;
              result += string4;
            } else {
              break;
            }
          }
          if (startIndex > endIndex) {
            result = result.slice(0, length);
          }
        }
        return result ?? "";
      }
      __name(getText, "getText");
      var Tree = class _Tree {
        static {
          __name(this, "Tree");
        }
        /** @internal */
        [0] = 0;
        // Internal handle for WASM
        /** @internal */
        textCallback;
        /** The language that was used to parse the syntax tree. */
        language;
        /** @internal */
        constructor(internal, address, language, textCallback) {
          assertInternal(internal);
          this[0] = address;
          this.language = language;
          this.textCallback = textCallback;
        }
        /** Create a shallow copy of the syntax tree. This is very fast. */
        copy() {
          const address = C._ts_tree_copy(this[0]);
          return new _Tree(INTERNAL, address, this.language, this.textCallback);
        }
        /** Delete the syntax tree, freeing its resources. */
        delete() {
          C._ts_tree_delete(this[0]);
          this[0] = 0;
        }
        /** Get the root node of the syntax tree. */
        get rootNode() {
          C._ts_tree_root_node_wasm(this[0]);
          return unmarshalNode(this);
        }
        /**
         * Get the root node of the syntax tree, but with its position shifted
         * forward by the given offset.
         */
        rootNodeWithOffset(offsetBytes, offsetExtent) {
          const address = TRANSFER_BUFFER + SIZE_OF_NODE;
          C.setValue(address, offsetBytes, "i32");
          marshalPoint(address + SIZE_OF_INT, offsetExtent);
          C._ts_tree_root_node_with_offset_wasm(this[0]);
          return unmarshalNode(this);
        }
        /**
         * Edit the syntax tree to keep it in sync with source code that has been
         * edited.
         *
         * You must describe the edit both in terms of byte offsets and in terms of
         * row/column coordinates.
         */
        edit(edit) {
          marshalEdit(edit);
          C._ts_tree_edit_wasm(this[0]);
        }
        /** Create a new {@link TreeCursor} starting from the root of the tree. */
        walk() {
          return this.rootNode.walk();
        }
        /**
         * Compare this old edited syntax tree to a new syntax tree representing
         * the same document, returning a sequence of ranges whose syntactic
         * structure has changed.
         *
         * For this to work correctly, this syntax tree must have been edited such
         * that its ranges match up to the new tree. Generally, you'll want to
         * call this method right after calling one of the [`Parser::parse`]
         * functions. Call it on the old tree that was passed to parse, and
         * pass the new tree that was returned from `parse`.
         */
        getChangedRanges(other) {
          if (!(other instanceof _Tree)) {
            throw new TypeError("Argument must be a Tree");
          }
          C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          const result = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              result[i2] = unmarshalRange(address);
              address += SIZE_OF_RANGE;
            }
            C._free(buffer);
          }
          return result;
        }
        /** Get the included ranges that were used to parse the syntax tree. */
        getIncludedRanges() {
          C._ts_tree_included_ranges_wasm(this[0]);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          const result = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              result[i2] = unmarshalRange(address);
              address += SIZE_OF_RANGE;
            }
            C._free(buffer);
          }
          return result;
        }
      };
      var TreeCursor = class _TreeCursor {
        static {
          __name(this, "TreeCursor");
        }
        /** @internal */
        // @ts-expect-error: never read
        [0] = 0;
        // Internal handle for Wasm
        /** @internal */
        // @ts-expect-error: never read
        [1] = 0;
        // Internal handle for Wasm
        /** @internal */
        // @ts-expect-error: never read
        [2] = 0;
        // Internal handle for Wasm
        /** @internal */
        // @ts-expect-error: never read
        [3] = 0;
        // Internal handle for Wasm
        /** @internal */
        tree;
        /** @internal */
        constructor(internal, tree) {
          assertInternal(internal);
          this.tree = tree;
          unmarshalTreeCursor(this);
        }
        /** Creates a deep copy of the tree cursor. This allocates new memory. */
        copy() {
          const copy = new _TreeCursor(INTERNAL, this.tree);
          C._ts_tree_cursor_copy_wasm(this.tree[0]);
          unmarshalTreeCursor(copy);
          return copy;
        }
        /** Delete the tree cursor, freeing its resources. */
        delete() {
          marshalTreeCursor(this);
          C._ts_tree_cursor_delete_wasm(this.tree[0]);
          this[0] = this[1] = this[2] = 0;
        }
        /** Get the tree cursor's current {@link Node}. */
        get currentNode() {
          marshalTreeCursor(this);
          C._ts_tree_cursor_current_node_wasm(this.tree[0]);
          return unmarshalNode(this.tree);
        }
        /**
         * Get the numerical field id of this tree cursor's current node.
         *
         * See also {@link TreeCursor#currentFieldName}.
         */
        get currentFieldId() {
          marshalTreeCursor(this);
          return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
        }
        /** Get the field name of this tree cursor's current node. */
        get currentFieldName() {
          return this.tree.language.fields[this.currentFieldId];
        }
        /**
         * Get the depth of the cursor's current node relative to the original
         * node that the cursor was constructed with.
         */
        get currentDepth() {
          marshalTreeCursor(this);
          return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
        }
        /**
         * Get the index of the cursor's current node out of all of the
         * descendants of the original node that the cursor was constructed with.
         */
        get currentDescendantIndex() {
          marshalTreeCursor(this);
          return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
        }
        /** Get the type of the cursor's current node. */
        get nodeType() {
          return this.tree.language.types[this.nodeTypeId] || "ERROR";
        }
        /** Get the type id of the cursor's current node. */
        get nodeTypeId() {
          marshalTreeCursor(this);
          return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
        }
        /** Get the state id of the cursor's current node. */
        get nodeStateId() {
          marshalTreeCursor(this);
          return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
        }
        /** Get the id of the cursor's current node. */
        get nodeId() {
          marshalTreeCursor(this);
          return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
        }
        /**
         * Check if the cursor's current node is *named*.
         *
         * Named nodes correspond to named rules in the grammar, whereas
         * *anonymous* nodes correspond to string literals in the grammar.
         */
        get nodeIsNamed() {
          marshalTreeCursor(this);
          return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
        }
        /**
         * Check if the cursor's current node is *missing*.
         *
         * Missing nodes are inserted by the parser in order to recover from
         * certain kinds of syntax errors.
         */
        get nodeIsMissing() {
          marshalTreeCursor(this);
          return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
        }
        /** Get the string content of the cursor's current node. */
        get nodeText() {
          marshalTreeCursor(this);
          const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
          const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
          C._ts_tree_cursor_start_position_wasm(this.tree[0]);
          const startPosition = unmarshalPoint(TRANSFER_BUFFER);
          return getText(this.tree, startIndex, endIndex, startPosition);
        }
        /** Get the start position of the cursor's current node. */
        get startPosition() {
          marshalTreeCursor(this);
          C._ts_tree_cursor_start_position_wasm(this.tree[0]);
          return unmarshalPoint(TRANSFER_BUFFER);
        }
        /** Get the end position of the cursor's current node. */
        get endPosition() {
          marshalTreeCursor(this);
          C._ts_tree_cursor_end_position_wasm(this.tree[0]);
          return unmarshalPoint(TRANSFER_BUFFER);
        }
        /** Get the start index of the cursor's current node. */
        get startIndex() {
          marshalTreeCursor(this);
          return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
        }
        /** Get the end index of the cursor's current node. */
        get endIndex() {
          marshalTreeCursor(this);
          return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
        }
        /**
         * Move this cursor to the first child of its current node.
         *
         * This returns `true` if the cursor successfully moved, and returns
         * `false` if there were no children.
         */
        gotoFirstChild() {
          marshalTreeCursor(this);
          const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
          unmarshalTreeCursor(this);
          return result === 1;
        }
        /**
         * Move this cursor to the last child of its current node.
         *
         * This returns `true` if the cursor successfully moved, and returns
         * `false` if there were no children.
         *
         * Note that this function may be slower than
         * {@link TreeCursor#gotoFirstChild} because it needs to
         * iterate through all the children to compute the child's position.
         */
        gotoLastChild() {
          marshalTreeCursor(this);
          const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
          unmarshalTreeCursor(this);
          return result === 1;
        }
        /**
         * Move this cursor to the parent of its current node.
         *
         * This returns `true` if the cursor successfully moved, and returns
         * `false` if there was no parent node (the cursor was already on the
         * root node).
         *
         * Note that the node the cursor was constructed with is considered the root
         * of the cursor, and the cursor cannot walk outside this node.
         */
        gotoParent() {
          marshalTreeCursor(this);
          const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
          unmarshalTreeCursor(this);
          return result === 1;
        }
        /**
         * Move this cursor to the next sibling of its current node.
         *
         * This returns `true` if the cursor successfully moved, and returns
         * `false` if there was no next sibling node.
         *
         * Note that the node the cursor was constructed with is considered the root
         * of the cursor, and the cursor cannot walk outside this node.
         */
        gotoNextSibling() {
          marshalTreeCursor(this);
          const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
          unmarshalTreeCursor(this);
          return result === 1;
        }
        /**
         * Move this cursor to the previous sibling of its current node.
         *
         * This returns `true` if the cursor successfully moved, and returns
         * `false` if there was no previous sibling node.
         *
         * Note that this function may be slower than
         * {@link TreeCursor#gotoNextSibling} due to how node
         * positions are stored. In the worst case, this will need to iterate
         * through all the children up to the previous sibling node to recalculate
         * its position. Also note that the node the cursor was constructed with is
         * considered the root of the cursor, and the cursor cannot walk outside this node.
         */
        gotoPreviousSibling() {
          marshalTreeCursor(this);
          const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
          unmarshalTreeCursor(this);
          return result === 1;
        }
        /**
         * Move the cursor to the node that is the nth descendant of
         * the original node that the cursor was constructed with, where
         * zero represents the original node itself.
         */
        gotoDescendant(goalDescendantIndex) {
          marshalTreeCursor(this);
          C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
          unmarshalTreeCursor(this);
        }
        /**
         * Move this cursor to the first child of its current node that contains or
         * starts after the given byte offset.
         *
         * This returns `true` if the cursor successfully moved to a child node, and returns
         * `false` if no such child was found.
         */
        gotoFirstChildForIndex(goalIndex) {
          marshalTreeCursor(this);
          C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
          const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
          unmarshalTreeCursor(this);
          return result === 1;
        }
        /**
         * Move this cursor to the first child of its current node that contains or
         * starts after the given byte offset.
         *
         * This returns the index of the child node if one was found, and returns
         * `null` if no such child was found.
         */
        gotoFirstChildForPosition(goalPosition) {
          marshalTreeCursor(this);
          marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
          const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
          unmarshalTreeCursor(this);
          return result === 1;
        }
        /**
         * Re-initialize this tree cursor to start at the original node that the
         * cursor was constructed with.
         */
        reset(node2) {
          marshalNode(node2);
          marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
          C._ts_tree_cursor_reset_wasm(this.tree[0]);
          unmarshalTreeCursor(this);
        }
        /**
         * Re-initialize a tree cursor to the same position as another cursor.
         *
         * Unlike {@link TreeCursor#reset}, this will not lose parent
         * information and allows reusing already created cursors.
         */
        resetTo(cursor) {
          marshalTreeCursor(this, TRANSFER_BUFFER);
          marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
          C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
          unmarshalTreeCursor(this);
        }
      };
      var Node = class {
        static {
          __name(this, "Node");
        }
        /** @internal */
        // @ts-expect-error: never read
        [0] = 0;
        // Internal handle for Wasm
        /** @internal */
        _children;
        /** @internal */
        _namedChildren;
        /** @internal */
        constructor(internal, {
          id,
          tree,
          startIndex,
          startPosition,
          other
        }) {
          assertInternal(internal);
          this[0] = other;
          this.id = id;
          this.tree = tree;
          this.startIndex = startIndex;
          this.startPosition = startPosition;
        }
        /**
         * The numeric id for this node that is unique.
         *
         * Within a given syntax tree, no two nodes have the same id. However:
         *
         * * If a new tree is created based on an older tree, and a node from the old tree is reused in
         *   the process, then that node will have the same id in both trees.
         *
         * * A node not marked as having changes does not guarantee it was reused.
         *
         * * If a node is marked as having changed in the old tree, it will not be reused.
         */
        id;
        /** The byte index where this node starts. */
        startIndex;
        /** The position where this node starts. */
        startPosition;
        /** The tree that this node belongs to. */
        tree;
        /** Get this node's type as a numerical id. */
        get typeId() {
          marshalNode(this);
          return C._ts_node_symbol_wasm(this.tree[0]);
        }
        /**
         * Get the node's type as a numerical id as it appears in the grammar,
         * ignoring aliases.
         */
        get grammarId() {
          marshalNode(this);
          return C._ts_node_grammar_symbol_wasm(this.tree[0]);
        }
        /** Get this node's type as a string. */
        get type() {
          return this.tree.language.types[this.typeId] || "ERROR";
        }
        /**
         * Get this node's symbol name as it appears in the grammar, ignoring
         * aliases as a string.
         */
        get grammarType() {
          return this.tree.language.types[this.grammarId] || "ERROR";
        }
        /**
         * Check if this node is *named*.
         *
         * Named nodes correspond to named rules in the grammar, whereas
         * *anonymous* nodes correspond to string literals in the grammar.
         */
        get isNamed() {
          marshalNode(this);
          return C._ts_node_is_named_wasm(this.tree[0]) === 1;
        }
        /**
         * Check if this node is *extra*.
         *
         * Extra nodes represent things like comments, which are not required
         * by the grammar, but can appear anywhere.
         */
        get isExtra() {
          marshalNode(this);
          return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
        }
        /**
         * Check if this node represents a syntax error.
         *
         * Syntax errors represent parts of the code that could not be incorporated
         * into a valid syntax tree.
         */
        get isError() {
          marshalNode(this);
          return C._ts_node_is_error_wasm(this.tree[0]) === 1;
        }
        /**
         * Check if this node is *missing*.
         *
         * Missing nodes are inserted by the parser in order to recover from
         * certain kinds of syntax errors.
         */
        get isMissing() {
          marshalNode(this);
          return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
        }
        /** Check if this node has been edited. */
        get hasChanges() {
          marshalNode(this);
          return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
        }
        /**
         * Check if this node represents a syntax error or contains any syntax
         * errors anywhere within it.
         */
        get hasError() {
          marshalNode(this);
          return C._ts_node_has_error_wasm(this.tree[0]) === 1;
        }
        /** Get the byte index where this node ends. */
        get endIndex() {
          marshalNode(this);
          return C._ts_node_end_index_wasm(this.tree[0]);
        }
        /** Get the position where this node ends. */
        get endPosition() {
          marshalNode(this);
          C._ts_node_end_point_wasm(this.tree[0]);
          return unmarshalPoint(TRANSFER_BUFFER);
        }
        /** Get the string content of this node. */
        get text() {
          return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
        }
        /** Get this node's parse state. */
        get parseState() {
          marshalNode(this);
          return C._ts_node_parse_state_wasm(this.tree[0]);
        }
        /** Get the parse state after this node. */
        get nextParseState() {
          marshalNode(this);
          return C._ts_node_next_parse_state_wasm(this.tree[0]);
        }
        /** Check if this node is equal to another node. */
        equals(other) {
          return this.tree === other.tree && this.id === other.id;
        }
        /**
         * Get the node's child at the given index, where zero represents the first child.
         *
         * This method is fairly fast, but its cost is technically log(n), so if
         * you might be iterating over a long list of children, you should use
         * {@link Node#children} instead.
         */
        child(index) {
          marshalNode(this);
          C._ts_node_child_wasm(this.tree[0], index);
          return unmarshalNode(this.tree);
        }
        /**
         * Get this node's *named* child at the given index.
         *
         * See also {@link Node#isNamed}.
         * This method is fairly fast, but its cost is technically log(n), so if
         * you might be iterating over a long list of children, you should use
         * {@link Node#namedChildren} instead.
         */
        namedChild(index) {
          marshalNode(this);
          C._ts_node_named_child_wasm(this.tree[0], index);
          return unmarshalNode(this.tree);
        }
        /**
         * Get this node's child with the given numerical field id.
         *
         * See also {@link Node#childForFieldName}. You can
         * convert a field name to an id using {@link Language#fieldIdForName}.
         */
        childForFieldId(fieldId) {
          marshalNode(this);
          C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
          return unmarshalNode(this.tree);
        }
        /**
         * Get the first child with the given field name.
         *
         * If multiple children may have the same field name, access them using
         * {@link Node#childrenForFieldName}.
         */
        childForFieldName(fieldName) {
          const fieldId = this.tree.language.fields.indexOf(fieldName);
          if (fieldId !== -1) return this.childForFieldId(fieldId);
          return null;
        }
        /** Get the field name of this node's child at the given index. */
        fieldNameForChild(index) {
          marshalNode(this);
          const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
          if (!address) return null;
          return C.AsciiToString(address);
        }
        /** Get the field name of this node's named child at the given index. */
        fieldNameForNamedChild(index) {
          marshalNode(this);
          const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
          if (!address) return null;
          return C.AsciiToString(address);
        }
        /**
         * Get an array of this node's children with a given field name.
         *
         * See also {@link Node#children}.
         */
        childrenForFieldName(fieldName) {
          const fieldId = this.tree.language.fields.indexOf(fieldName);
          if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
          return [];
        }
        /**
          * Get an array of this node's children with a given field id.
          *
          * See also {@link Node#childrenForFieldName}.
          */
        childrenForFieldId(fieldId) {
          marshalNode(this);
          C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          const result = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              result[i2] = unmarshalNode(this.tree, address);
              address += SIZE_OF_NODE;
            }
            C._free(buffer);
          }
          return result;
        }
        /** Get the node's first child that contains or starts after the given byte offset. */
        firstChildForIndex(index) {
          marshalNode(this);
          const address = TRANSFER_BUFFER + SIZE_OF_NODE;
          C.setValue(address, index, "i32");
          C._ts_node_first_child_for_byte_wasm(this.tree[0]);
          return unmarshalNode(this.tree);
        }
        /** Get the node's first named child that contains or starts after the given byte offset. */
        firstNamedChildForIndex(index) {
          marshalNode(this);
          const address = TRANSFER_BUFFER + SIZE_OF_NODE;
          C.setValue(address, index, "i32");
          C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
          return unmarshalNode(this.tree);
        }
        /** Get this node's number of children. */
        get childCount() {
          marshalNode(this);
          return C._ts_node_child_count_wasm(this.tree[0]);
        }
        /**
         * Get this node's number of *named* children.
         *
         * See also {@link Node#isNamed}.
         */
        get namedChildCount() {
          marshalNode(this);
          return C._ts_node_named_child_count_wasm(this.tree[0]);
        }
        /** Get this node's first child. */
        get firstChild() {
          return this.child(0);
        }
        /**
         * Get this node's first named child.
         *
         * See also {@link Node#isNamed}.
         */
        get firstNamedChild() {
          return this.namedChild(0);
        }
        /** Get this node's last child. */
        get lastChild() {
          return this.child(this.childCount - 1);
        }
        /**
         * Get this node's last named child.
         *
         * See also {@link Node#isNamed}.
         */
        get lastNamedChild() {
          return this.namedChild(this.namedChildCount - 1);
        }
        /**
         * Iterate over this node's children.
         *
         * If you're walking the tree recursively, you may want to use the
         * {@link TreeCursor} APIs directly instead.
         */
        get children() {
          if (!this._children) {
            marshalNode(this);
            C._ts_node_children_wasm(this.tree[0]);
            const count = C.getValue(TRANSFER_BUFFER, "i32");
            const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
            this._children = new Array(count);
            if (count > 0) {
              let address = buffer;
              for (let i2 = 0; i2 < count; i2++) {
                this._children[i2] = unmarshalNode(this.tree, address);
                address += SIZE_OF_NODE;
              }
              C._free(buffer);
            }
          }
          return this._children;
        }
        /**
         * Iterate over this node's named children.
         *
         * See also {@link Node#children}.
         */
        get namedChildren() {
          if (!this._namedChildren) {
            marshalNode(this);
            C._ts_node_named_children_wasm(this.tree[0]);
            const count = C.getValue(TRANSFER_BUFFER, "i32");
            const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
            this._namedChildren = new Array(count);
            if (count > 0) {
              let address = buffer;
              for (let i2 = 0; i2 < count; i2++) {
                this._namedChildren[i2] = unmarshalNode(this.tree, address);
                address += SIZE_OF_NODE;
              }
              C._free(buffer);
            }
          }
          return this._namedChildren;
        }
        /**
         * Get the descendants of this node that are the given type, or in the given types array.
         *
         * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
         *
         * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
         */
        descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
          if (!Array.isArray(types)) types = [types];
          const symbols = [];
          const typesBySymbol = this.tree.language.types;
          for (const node_type of types) {
            if (node_type == "ERROR") {
              symbols.push(65535);
            }
          }
          for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
            if (types.includes(typesBySymbol[i2])) {
              symbols.push(i2);
            }
          }
          const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
          for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
            C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
          }
          marshalNode(this);
          C._ts_node_descendants_of_type_wasm(
            this.tree[0],
            symbolsAddress,
            symbols.length,
            startPosition.row,
            startPosition.column,
            endPosition.row,
            endPosition.column
          );
          const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
          const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          const result = new Array(descendantCount);
          if (descendantCount > 0) {
            let address = descendantAddress;
            for (let i2 = 0; i2 < descendantCount; i2++) {
              result[i2] = unmarshalNode(this.tree, address);
              address += SIZE_OF_NODE;
            }
          }
          C._free(descendantAddress);
          C._free(symbolsAddress);
          return result;
        }
        /** Get this node's next sibling. */
        get nextSibling() {
          marshalNode(this);
          C._ts_node_next_sibling_wasm(this.tree[0]);
          return unmarshalNode(this.tree);
        }
        /** Get this node's previous sibling. */
        get previousSibling() {
          marshalNode(this);
          C._ts_node_prev_sibling_wasm(this.tree[0]);
          return unmarshalNode(this.tree);
        }
        /**
         * Get this node's next *named* sibling.
         *
         * See also {@link Node#isNamed}.
         */
        get nextNamedSibling() {
          marshalNode(this);
          C._ts_node_next_named_sibling_wasm(this.tree[0]);
          return unmarshalNode(this.tree);
        }
        /**
         * Get this node's previous *named* sibling.
         *
         * See also {@link Node#isNamed}.
         */
        get previousNamedSibling() {
          marshalNode(this);
          C._ts_node_prev_named_sibling_wasm(this.tree[0]);
          return unmarshalNode(this.tree);
        }
        /** Get the node's number of descendants, including one for the node itself. */
        get descendantCount() {
          marshalNode(this);
          return C._ts_node_descendant_count_wasm(this.tree[0]);
        }
        /**
         * Get this node's immediate parent.
         * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
         */
        get parent() {
          marshalNode(this);
          C._ts_node_parent_wasm(this.tree[0]);
          return unmarshalNode(this.tree);
        }
        /**
         * Get the node that contains `descendant`.
         *
         * Note that this can return `descendant` itself.
         */
        childWithDescendant(descendant) {
          marshalNode(this);
          marshalNode(descendant, 1);
          C._ts_node_child_with_descendant_wasm(this.tree[0]);
          return unmarshalNode(this.tree);
        }
        /** Get the smallest node within this node that spans the given byte range. */
        descendantForIndex(start2, end = start2) {
          if (typeof start2 !== "number" || typeof end !== "number") {
            throw new Error("Arguments must be numbers");
          }
          marshalNode(this);
          const address = TRANSFER_BUFFER + SIZE_OF_NODE;
          C.setValue(address, start2, "i32");
          C.setValue(address + SIZE_OF_INT, end, "i32");
          C._ts_node_descendant_for_index_wasm(this.tree[0]);
          return unmarshalNode(this.tree);
        }
        /** Get the smallest named node within this node that spans the given byte range. */
        namedDescendantForIndex(start2, end = start2) {
          if (typeof start2 !== "number" || typeof end !== "number") {
            throw new Error("Arguments must be numbers");
          }
          marshalNode(this);
          const address = TRANSFER_BUFFER + SIZE_OF_NODE;
          C.setValue(address, start2, "i32");
          C.setValue(address + SIZE_OF_INT, end, "i32");
          C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
          return unmarshalNode(this.tree);
        }
        /** Get the smallest node within this node that spans the given point range. */
        descendantForPosition(start2, end = start2) {
          if (!isPoint(start2) || !isPoint(end)) {
            throw new Error("Arguments must be {row, column} objects");
          }
          marshalNode(this);
          const address = TRANSFER_BUFFER + SIZE_OF_NODE;
          marshalPoint(address, start2);
          marshalPoint(address + SIZE_OF_POINT, end);
          C._ts_node_descendant_for_position_wasm(this.tree[0]);
          return unmarshalNode(this.tree);
        }
        /** Get the smallest named node within this node that spans the given point range. */
        namedDescendantForPosition(start2, end = start2) {
          if (!isPoint(start2) || !isPoint(end)) {
            throw new Error("Arguments must be {row, column} objects");
          }
          marshalNode(this);
          const address = TRANSFER_BUFFER + SIZE_OF_NODE;
          marshalPoint(address, start2);
          marshalPoint(address + SIZE_OF_POINT, end);
          C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
          return unmarshalNode(this.tree);
        }
        /**
         * Create a new {@link TreeCursor} starting from this node.
         *
         * Note that the given node is considered the root of the cursor,
         * and the cursor cannot walk outside this node.
         */
        walk() {
          marshalNode(this);
          C._ts_tree_cursor_new_wasm(this.tree[0]);
          return new TreeCursor(INTERNAL, this.tree);
        }
        /**
         * Edit this node to keep it in-sync with source code that has been edited.
         *
         * This function is only rarely needed. When you edit a syntax tree with
         * the {@link Tree#edit} method, all of the nodes that you retrieve from
         * the tree afterward will already reflect the edit. You only need to
         * use {@link Node#edit} when you have a specific {@link Node} instance that
         * you want to keep and continue to use after an edit.
         */
        edit(edit) {
          if (this.startIndex >= edit.oldEndIndex) {
            this.startIndex = edit.newEndIndex + (this.startIndex - edit.oldEndIndex);
            let subbedPointRow;
            let subbedPointColumn;
            if (this.startPosition.row > edit.oldEndPosition.row) {
              subbedPointRow = this.startPosition.row - edit.oldEndPosition.row;
              subbedPointColumn = this.startPosition.column;
            } else {
              subbedPointRow = 0;
              subbedPointColumn = this.startPosition.column;
              if (this.startPosition.column >= edit.oldEndPosition.column) {
                subbedPointColumn = this.startPosition.column - edit.oldEndPosition.column;
              }
            }
            if (subbedPointRow > 0) {
              this.startPosition.row += subbedPointRow;
              this.startPosition.column = subbedPointColumn;
            } else {
              this.startPosition.column += subbedPointColumn;
            }
          } else if (this.startIndex > edit.startIndex) {
            this.startIndex = edit.newEndIndex;
            this.startPosition.row = edit.newEndPosition.row;
            this.startPosition.column = edit.newEndPosition.column;
          }
        }
        /** Get the S-expression representation of this node. */
        toString() {
          marshalNode(this);
          const address = C._ts_node_to_string_wasm(this.tree[0]);
          const result = C.AsciiToString(address);
          C._free(address);
          return result;
        }
      };
      function unmarshalCaptures(query, tree, address, patternIndex, result) {
        for (let i2 = 0, n = result.length; i2 < n; i2++) {
          const captureIndex = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const node2 = unmarshalNode(tree, address);
          address += SIZE_OF_NODE;
          result[i2] = { patternIndex, name: query.captureNames[captureIndex], node: node2 };
        }
        return address;
      }
      __name(unmarshalCaptures, "unmarshalCaptures");
      function marshalNode(node2, index = 0) {
        let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
        C.setValue(address, node2.id, "i32");
        address += SIZE_OF_INT;
        C.setValue(address, node2.startIndex, "i32");
        address += SIZE_OF_INT;
        C.setValue(address, node2.startPosition.row, "i32");
        address += SIZE_OF_INT;
        C.setValue(address, node2.startPosition.column, "i32");
        address += SIZE_OF_INT;
        C.setValue(address, node2[0], "i32");
      }
      __name(marshalNode, "marshalNode");
      function unmarshalNode(tree, address = TRANSFER_BUFFER) {
        const id = C.getValue(address, "i32");
        address += SIZE_OF_INT;
        if (id === 0) return null;
        const index = C.getValue(address, "i32");
        address += SIZE_OF_INT;
        const row = C.getValue(address, "i32");
        address += SIZE_OF_INT;
        const column = C.getValue(address, "i32");
        address += SIZE_OF_INT;
        const other = C.getValue(address, "i32");
        const result = new Node(INTERNAL, {
          id,
          tree,
          startIndex: index,
          startPosition: { row, column },
          other
        });
        return result;
      }
      __name(unmarshalNode, "unmarshalNode");
      function marshalTreeCursor(cursor, address = TRANSFER_BUFFER) {
        C.setValue(address + 0 * SIZE_OF_INT, cursor[0], "i32");
        C.setValue(address + 1 * SIZE_OF_INT, cursor[1], "i32");
        C.setValue(address + 2 * SIZE_OF_INT, cursor[2], "i32");
        C.setValue(address + 3 * SIZE_OF_INT, cursor[3], "i32");
      }
      __name(marshalTreeCursor, "marshalTreeCursor");
      function unmarshalTreeCursor(cursor) {
        cursor[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
        cursor[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
        cursor[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
        cursor[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
      }
      __name(unmarshalTreeCursor, "unmarshalTreeCursor");
      function marshalPoint(address, point) {
        C.setValue(address, point.row, "i32");
        C.setValue(address + SIZE_OF_INT, point.column, "i32");
      }
      __name(marshalPoint, "marshalPoint");
      function unmarshalPoint(address) {
        const result = {
          row: C.getValue(address, "i32") >>> 0,
          column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
        };
        return result;
      }
      __name(unmarshalPoint, "unmarshalPoint");
      function marshalRange(address, range) {
        marshalPoint(address, range.startPosition);
        address += SIZE_OF_POINT;
        marshalPoint(address, range.endPosition);
        address += SIZE_OF_POINT;
        C.setValue(address, range.startIndex, "i32");
        address += SIZE_OF_INT;
        C.setValue(address, range.endIndex, "i32");
        address += SIZE_OF_INT;
      }
      __name(marshalRange, "marshalRange");
      function unmarshalRange(address) {
        const result = {};
        result.startPosition = unmarshalPoint(address);
        address += SIZE_OF_POINT;
        result.endPosition = unmarshalPoint(address);
        address += SIZE_OF_POINT;
        result.startIndex = C.getValue(address, "i32") >>> 0;
        address += SIZE_OF_INT;
        result.endIndex = C.getValue(address, "i32") >>> 0;
        return result;
      }
      __name(unmarshalRange, "unmarshalRange");
      function marshalEdit(edit, address = TRANSFER_BUFFER) {
        marshalPoint(address, edit.startPosition);
        address += SIZE_OF_POINT;
        marshalPoint(address, edit.oldEndPosition);
        address += SIZE_OF_POINT;
        marshalPoint(address, edit.newEndPosition);
        address += SIZE_OF_POINT;
        C.setValue(address, edit.startIndex, "i32");
        address += SIZE_OF_INT;
        C.setValue(address, edit.oldEndIndex, "i32");
        address += SIZE_OF_INT;
        C.setValue(address, edit.newEndIndex, "i32");
        address += SIZE_OF_INT;
      }
      __name(marshalEdit, "marshalEdit");
      function unmarshalLanguageMetadata(address) {
        const major_version = C.getValue(address, "i32");
        const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
        const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
        return { major_version, minor_version, patch_version };
      }
      __name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
      var PREDICATE_STEP_TYPE_CAPTURE = 1;
      var PREDICATE_STEP_TYPE_STRING = 2;
      var QUERY_WORD_REGEX = /[\w-]+/g;
      var CaptureQuantifier = {
        Zero: 0,
        ZeroOrOne: 1,
        ZeroOrMore: 2,
        One: 3,
        OneOrMore: 4
      };
      var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
      var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
      var QueryErrorKind = {
        Syntax: 1,
        NodeName: 2,
        FieldName: 3,
        CaptureName: 4,
        PatternStructure: 5
      };
      var QueryError = class _QueryError extends Error {
        constructor(kind, info2, index, length) {
          super(_QueryError.formatMessage(kind, info2));
          this.kind = kind;
          this.info = info2;
          this.index = index;
          this.length = length;
          this.name = "QueryError";
        }
        static {
          __name(this, "QueryError");
        }
        /** Formats an error message based on the error kind and info */
        static formatMessage(kind, info2) {
          switch (kind) {
            case QueryErrorKind.NodeName:
              return `Bad node name '${info2.word}'`;
            case QueryErrorKind.FieldName:
              return `Bad field name '${info2.word}'`;
            case QueryErrorKind.CaptureName:
              return `Bad capture name @${info2.word}`;
            case QueryErrorKind.PatternStructure:
              return `Bad pattern structure at offset ${info2.suffix}`;
            case QueryErrorKind.Syntax:
              return `Bad syntax at offset ${info2.suffix}`;
          }
        }
      };
      function parseAnyPredicate(steps, index, operator, textPredicates) {
        if (steps.length !== 3) {
          throw new Error(
            `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
          );
        }
        if (!isCaptureStep(steps[1])) {
          throw new Error(
            `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
          );
        }
        const isPositive = operator === "eq?" || operator === "any-eq?";
        const matchAll = !operator.startsWith("any-");
        if (isCaptureStep(steps[2])) {
          const captureName1 = steps[1].name;
          const captureName2 = steps[2].name;
          textPredicates[index].push((captures) => {
            const nodes1 = [];
            const nodes2 = [];
            for (const c of captures) {
              if (c.name === captureName1) nodes1.push(c.node);
              if (c.name === captureName2) nodes2.push(c.node);
            }
            const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
              return positive ? n1.text === n2.text : n1.text !== n2.text;
            }, "compare");
            return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
          });
        } else {
          const captureName = steps[1].name;
          const stringValue2 = steps[2].value;
          const matches = /* @__PURE__ */ __name((n) => n.text === stringValue2, "matches");
          const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue2, "doesNotMatch");
          textPredicates[index].push((captures) => {
            const nodes = [];
            for (const c of captures) {
              if (c.name === captureName) nodes.push(c.node);
            }
            const test = isPositive ? matches : doesNotMatch;
            return matchAll ? nodes.every(test) : nodes.some(test);
          });
        }
      }
      __name(parseAnyPredicate, "parseAnyPredicate");
      function parseMatchPredicate(steps, index, operator, textPredicates) {
        if (steps.length !== 3) {
          throw new Error(
            `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
          );
        }
        if (steps[1].type !== "capture") {
          throw new Error(
            `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
          );
        }
        if (steps[2].type !== "string") {
          throw new Error(
            `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
          );
        }
        const isPositive = operator === "match?" || operator === "any-match?";
        const matchAll = !operator.startsWith("any-");
        const captureName = steps[1].name;
        const regex = new RegExp(steps[2].value);
        textPredicates[index].push((captures) => {
          const nodes = [];
          for (const c of captures) {
            if (c.name === captureName) nodes.push(c.node.text);
          }
          const test = /* @__PURE__ */ __name((text, positive) => {
            return positive ? regex.test(text) : !regex.test(text);
          }, "test");
          if (nodes.length === 0) return !isPositive;
          return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
        });
      }
      __name(parseMatchPredicate, "parseMatchPredicate");
      function parseAnyOfPredicate(steps, index, operator, textPredicates) {
        if (steps.length < 2) {
          throw new Error(
            `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
          );
        }
        if (steps[1].type !== "capture") {
          throw new Error(
            `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
          );
        }
        const isPositive = operator === "any-of?";
        const captureName = steps[1].name;
        const stringSteps = steps.slice(2);
        if (!stringSteps.every(isStringStep)) {
          throw new Error(
            `Arguments to \`#${operator}\` predicate must be strings.".`
          );
        }
        const values = stringSteps.map((s) => s.value);
        textPredicates[index].push((captures) => {
          const nodes = [];
          for (const c of captures) {
            if (c.name === captureName) nodes.push(c.node.text);
          }
          if (nodes.length === 0) return !isPositive;
          return nodes.every((text) => values.includes(text)) === isPositive;
        });
      }
      __name(parseAnyOfPredicate, "parseAnyOfPredicate");
      function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
        if (steps.length < 2 || steps.length > 3) {
          throw new Error(
            `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
          );
        }
        if (!steps.every(isStringStep)) {
          throw new Error(
            `Arguments to \`#${operator}\` predicate must be strings.".`
          );
        }
        const properties = operator === "is?" ? assertedProperties : refutedProperties;
        if (!properties[index]) properties[index] = {};
        properties[index][steps[1].value] = steps[2]?.value ?? null;
      }
      __name(parseIsPredicate, "parseIsPredicate");
      function parseSetDirective(steps, index, setProperties) {
        if (steps.length < 2 || steps.length > 3) {
          throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
        }
        if (!steps.every(isStringStep)) {
          throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
        }
        if (!setProperties[index]) setProperties[index] = {};
        setProperties[index][steps[1].value] = steps[2]?.value ?? null;
      }
      __name(parseSetDirective, "parseSetDirective");
      function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
        if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
          const name2 = captureNames[stepValueId];
          steps.push({ type: "capture", name: name2 });
        } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
          steps.push({ type: "string", value: stringValues[stepValueId] });
        } else if (steps.length > 0) {
          if (steps[0].type !== "string") {
            throw new Error("Predicates must begin with a literal value");
          }
          const operator = steps[0].value;
          switch (operator) {
            case "any-not-eq?":
            case "not-eq?":
            case "any-eq?":
            case "eq?":
              parseAnyPredicate(steps, index, operator, textPredicates);
              break;
            case "any-not-match?":
            case "not-match?":
            case "any-match?":
            case "match?":
              parseMatchPredicate(steps, index, operator, textPredicates);
              break;
            case "not-any-of?":
            case "any-of?":
              parseAnyOfPredicate(steps, index, operator, textPredicates);
              break;
            case "is?":
            case "is-not?":
              parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
              break;
            case "set!":
              parseSetDirective(steps, index, setProperties);
              break;
            default:
              predicates[index].push({ operator, operands: steps.slice(1) });
          }
          steps.length = 0;
        }
      }
      __name(parsePattern, "parsePattern");
      var Query = class {
        static {
          __name(this, "Query");
        }
        /** @internal */
        [0] = 0;
        // Internal handle for WASM
        /** @internal */
        exceededMatchLimit;
        /** @internal */
        textPredicates;
        /** The names of the captures used in the query. */
        captureNames;
        /** The quantifiers of the captures used in the query. */
        captureQuantifiers;
        /**
         * The other user-defined predicates associated with the given index.
         *
         * This includes predicates with operators other than:
         * - `match?`
         * - `eq?` and `not-eq?`
         * - `any-of?` and `not-any-of?`
         * - `is?` and `is-not?`
         * - `set!`
         */
        predicates;
        /** The properties for predicates with the operator `set!`. */
        setProperties;
        /** The properties for predicates with the operator `is?`. */
        assertedProperties;
        /** The properties for predicates with the operator `is-not?`. */
        refutedProperties;
        /** The maximum number of in-progress matches for this cursor. */
        matchLimit;
        /**
         * Create a new query from a string containing one or more S-expression
         * patterns.
         *
         * The query is associated with a particular language, and can only be run
         * on syntax nodes parsed with that language. References to Queries can be
         * shared between multiple threads.
         *
         * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
         */
        constructor(language, source) {
          const sourceLength = C.lengthBytesUTF8(source);
          const sourceAddress = C._malloc(sourceLength + 1);
          C.stringToUTF8(source, sourceAddress, sourceLength + 1);
          const address = C._ts_query_new(
            language[0],
            sourceAddress,
            sourceLength,
            TRANSFER_BUFFER,
            TRANSFER_BUFFER + SIZE_OF_INT
          );
          if (!address) {
            const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
            const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
            const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
            const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
            const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
            C._free(sourceAddress);
            switch (errorId) {
              case QueryErrorKind.Syntax:
                throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
              case QueryErrorKind.NodeName:
                throw new QueryError(errorId, { word }, errorIndex, word.length);
              case QueryErrorKind.FieldName:
                throw new QueryError(errorId, { word }, errorIndex, word.length);
              case QueryErrorKind.CaptureName:
                throw new QueryError(errorId, { word }, errorIndex, word.length);
              case QueryErrorKind.PatternStructure:
                throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
            }
          }
          const stringCount = C._ts_query_string_count(address);
          const captureCount = C._ts_query_capture_count(address);
          const patternCount = C._ts_query_pattern_count(address);
          const captureNames = new Array(captureCount);
          const captureQuantifiers = new Array(patternCount);
          const stringValues = new Array(stringCount);
          for (let i2 = 0; i2 < captureCount; i2++) {
            const nameAddress = C._ts_query_capture_name_for_id(
              address,
              i2,
              TRANSFER_BUFFER
            );
            const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
            captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
          }
          for (let i2 = 0; i2 < patternCount; i2++) {
            const captureQuantifiersArray = new Array(captureCount);
            for (let j = 0; j < captureCount; j++) {
              const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
              captureQuantifiersArray[j] = quantifier;
            }
            captureQuantifiers[i2] = captureQuantifiersArray;
          }
          for (let i2 = 0; i2 < stringCount; i2++) {
            const valueAddress = C._ts_query_string_value_for_id(
              address,
              i2,
              TRANSFER_BUFFER
            );
            const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
            stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
          }
          const setProperties = new Array(patternCount);
          const assertedProperties = new Array(patternCount);
          const refutedProperties = new Array(patternCount);
          const predicates = new Array(patternCount);
          const textPredicates = new Array(patternCount);
          for (let i2 = 0; i2 < patternCount; i2++) {
            const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
            const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
            predicates[i2] = [];
            textPredicates[i2] = [];
            const steps = new Array();
            let stepAddress = predicatesAddress;
            for (let j = 0; j < stepCount; j++) {
              const stepType = C.getValue(stepAddress, "i32");
              stepAddress += SIZE_OF_INT;
              const stepValueId = C.getValue(stepAddress, "i32");
              stepAddress += SIZE_OF_INT;
              parsePattern(
                i2,
                stepType,
                stepValueId,
                captureNames,
                stringValues,
                steps,
                textPredicates,
                predicates,
                setProperties,
                assertedProperties,
                refutedProperties
              );
            }
            Object.freeze(textPredicates[i2]);
            Object.freeze(predicates[i2]);
            Object.freeze(setProperties[i2]);
            Object.freeze(assertedProperties[i2]);
            Object.freeze(refutedProperties[i2]);
          }
          C._free(sourceAddress);
          this[0] = address;
          this.captureNames = captureNames;
          this.captureQuantifiers = captureQuantifiers;
          this.textPredicates = textPredicates;
          this.predicates = predicates;
          this.setProperties = setProperties;
          this.assertedProperties = assertedProperties;
          this.refutedProperties = refutedProperties;
          this.exceededMatchLimit = false;
        }
        /** Delete the query, freeing its resources. */
        delete() {
          C._ts_query_delete(this[0]);
          this[0] = 0;
        }
        /**
         * Iterate over all of the matches in the order that they were found.
         *
         * Each match contains the index of the pattern that matched, and a list of
         * captures. Because multiple patterns can match the same set of nodes,
         * one match may contain captures that appear *before* some of the
         * captures from a previous match.
         *
         * @param {Node} node - The node to execute the query on.
         *
         * @param {QueryOptions} options - Options for query execution.
         */
        matches(node2, options = {}) {
          const startPosition = options.startPosition ?? ZERO_POINT;
          const endPosition = options.endPosition ?? ZERO_POINT;
          const startIndex = options.startIndex ?? 0;
          const endIndex = options.endIndex ?? 0;
          const matchLimit = options.matchLimit ?? 4294967295;
          const maxStartDepth = options.maxStartDepth ?? 4294967295;
          const timeoutMicros = options.timeoutMicros ?? 0;
          const progressCallback = options.progressCallback;
          if (typeof matchLimit !== "number") {
            throw new Error("Arguments must be numbers");
          }
          this.matchLimit = matchLimit;
          if (endIndex !== 0 && startIndex > endIndex) {
            throw new Error("`startIndex` cannot be greater than `endIndex`");
          }
          if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
            throw new Error("`startPosition` cannot be greater than `endPosition`");
          }
          if (progressCallback) {
            C.currentQueryProgressCallback = progressCallback;
          }
          marshalNode(node2);
          C._ts_query_matches_wasm(
            this[0],
            node2.tree[0],
            startPosition.row,
            startPosition.column,
            endPosition.row,
            endPosition.column,
            startIndex,
            endIndex,
            matchLimit,
            maxStartDepth,
            timeoutMicros
          );
          const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
          const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
          const result = new Array(rawCount);
          this.exceededMatchLimit = Boolean(didExceedMatchLimit);
          let filteredCount = 0;
          let address = startAddress;
          for (let i2 = 0; i2 < rawCount; i2++) {
            const patternIndex = C.getValue(address, "i32");
            address += SIZE_OF_INT;
            const captureCount = C.getValue(address, "i32");
            address += SIZE_OF_INT;
            const captures = new Array(captureCount);
            address = unmarshalCaptures(this, node2.tree, address, patternIndex, captures);
            if (this.textPredicates[patternIndex].every((p) => p(captures))) {
              result[filteredCount] = { pattern: patternIndex, patternIndex, captures };
              const setProperties = this.setProperties[patternIndex];
              result[filteredCount].setProperties = setProperties;
              const assertedProperties = this.assertedProperties[patternIndex];
              result[filteredCount].assertedProperties = assertedProperties;
              const refutedProperties = this.refutedProperties[patternIndex];
              result[filteredCount].refutedProperties = refutedProperties;
              filteredCount++;
            }
          }
          result.length = filteredCount;
          C._free(startAddress);
          C.currentQueryProgressCallback = null;
          return result;
        }
        /**
         * Iterate over all of the individual captures in the order that they
         * appear.
         *
         * This is useful if you don't care about which pattern matched, and just
         * want a single, ordered sequence of captures.
         *
         * @param {Node} node - The node to execute the query on.
         *
         * @param {QueryOptions} options - Options for query execution.
         */
        captures(node2, options = {}) {
          const startPosition = options.startPosition ?? ZERO_POINT;
          const endPosition = options.endPosition ?? ZERO_POINT;
          const startIndex = options.startIndex ?? 0;
          const endIndex = options.endIndex ?? 0;
          const matchLimit = options.matchLimit ?? 4294967295;
          const maxStartDepth = options.maxStartDepth ?? 4294967295;
          const timeoutMicros = options.timeoutMicros ?? 0;
          const progressCallback = options.progressCallback;
          if (typeof matchLimit !== "number") {
            throw new Error("Arguments must be numbers");
          }
          this.matchLimit = matchLimit;
          if (endIndex !== 0 && startIndex > endIndex) {
            throw new Error("`startIndex` cannot be greater than `endIndex`");
          }
          if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
            throw new Error("`startPosition` cannot be greater than `endPosition`");
          }
          if (progressCallback) {
            C.currentQueryProgressCallback = progressCallback;
          }
          marshalNode(node2);
          C._ts_query_captures_wasm(
            this[0],
            node2.tree[0],
            startPosition.row,
            startPosition.column,
            endPosition.row,
            endPosition.column,
            startIndex,
            endIndex,
            matchLimit,
            maxStartDepth,
            timeoutMicros
          );
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
          const result = new Array();
          this.exceededMatchLimit = Boolean(didExceedMatchLimit);
          const captures = new Array();
          let address = startAddress;
          for (let i2 = 0; i2 < count; i2++) {
            const patternIndex = C.getValue(address, "i32");
            address += SIZE_OF_INT;
            const captureCount = C.getValue(address, "i32");
            address += SIZE_OF_INT;
            const captureIndex = C.getValue(address, "i32");
            address += SIZE_OF_INT;
            captures.length = captureCount;
            address = unmarshalCaptures(this, node2.tree, address, patternIndex, captures);
            if (this.textPredicates[patternIndex].every((p) => p(captures))) {
              const capture = captures[captureIndex];
              const setProperties = this.setProperties[patternIndex];
              capture.setProperties = setProperties;
              const assertedProperties = this.assertedProperties[patternIndex];
              capture.assertedProperties = assertedProperties;
              const refutedProperties = this.refutedProperties[patternIndex];
              capture.refutedProperties = refutedProperties;
              result.push(capture);
            }
          }
          C._free(startAddress);
          C.currentQueryProgressCallback = null;
          return result;
        }
        /** Get the predicates for a given pattern. */
        predicatesForPattern(patternIndex) {
          return this.predicates[patternIndex];
        }
        /**
         * Disable a certain capture within a query.
         *
         * This prevents the capture from being returned in matches, and also
         * avoids any resource usage associated with recording the capture.
         */
        disableCapture(captureName) {
          const captureNameLength = C.lengthBytesUTF8(captureName);
          const captureNameAddress = C._malloc(captureNameLength + 1);
          C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
          C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
          C._free(captureNameAddress);
        }
        /**
         * Disable a certain pattern within a query.
         *
         * This prevents the pattern from matching, and also avoids any resource
         * usage associated with the pattern. This throws an error if the pattern
         * index is out of bounds.
         */
        disablePattern(patternIndex) {
          if (patternIndex >= this.predicates.length) {
            throw new Error(
              `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
            );
          }
          C._ts_query_disable_pattern(this[0], patternIndex);
        }
        /**
         * Check if, on its last execution, this cursor exceeded its maximum number
         * of in-progress matches.
         */
        didExceedMatchLimit() {
          return this.exceededMatchLimit;
        }
        /** Get the byte offset where the given pattern starts in the query's source. */
        startIndexForPattern(patternIndex) {
          if (patternIndex >= this.predicates.length) {
            throw new Error(
              `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
            );
          }
          return C._ts_query_start_byte_for_pattern(this[0], patternIndex);
        }
        /** Get the byte offset where the given pattern ends in the query's source. */
        endIndexForPattern(patternIndex) {
          if (patternIndex >= this.predicates.length) {
            throw new Error(
              `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
            );
          }
          return C._ts_query_end_byte_for_pattern(this[0], patternIndex);
        }
        /** Get the number of patterns in the query. */
        patternCount() {
          return C._ts_query_pattern_count(this[0]);
        }
        /** Get the index for a given capture name. */
        captureIndexForName(captureName) {
          return this.captureNames.indexOf(captureName);
        }
        /** Check if a given pattern within a query has a single root node. */
        isPatternRooted(patternIndex) {
          return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
        }
        /** Check if a given pattern within a query has a single root node. */
        isPatternNonLocal(patternIndex) {
          return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
        }
        /**
         * Check if a given step in a query is 'definite'.
         *
         * A query step is 'definite' if its parent pattern will be guaranteed to
         * match successfully once it reaches the step.
         */
        isPatternGuaranteedAtStep(byteIndex) {
          return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteIndex) === 1;
        }
      };
      var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
      var Language = class _Language {
        static {
          __name(this, "Language");
        }
        /** @internal */
        [0] = 0;
        // Internal handle for WASM
        /**
         * A list of all node types in the language. The index of each type in this
         * array is its node type id.
         */
        types;
        /**
         * A list of all field names in the language. The index of each field name in
         * this array is its field id.
         */
        fields;
        /** @internal */
        constructor(internal, address) {
          assertInternal(internal);
          this[0] = address;
          this.types = new Array(C._ts_language_symbol_count(this[0]));
          for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
            if (C._ts_language_symbol_type(this[0], i2) < 2) {
              this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
            }
          }
          this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
          for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
            const fieldName = C._ts_language_field_name_for_id(this[0], i2);
            if (fieldName !== 0) {
              this.fields[i2] = C.UTF8ToString(fieldName);
            } else {
              this.fields[i2] = null;
            }
          }
        }
        /**
         * Gets the name of the language.
         */
        get name() {
          const ptr = C._ts_language_name(this[0]);
          if (ptr === 0) return null;
          return C.UTF8ToString(ptr);
        }
        /**
         * @deprecated since version 0.25.0, use {@link Language#abiVersion} instead
         * Gets the version of the language.
         */
        get version() {
          return C._ts_language_version(this[0]);
        }
        /**
         * Gets the ABI version of the language.
         */
        get abiVersion() {
          return C._ts_language_abi_version(this[0]);
        }
        /**
        * Get the metadata for this language. This information is generated by the
        * CLI, and relies on the language author providing the correct metadata in
        * the language's `tree-sitter.json` file.
        */
        get metadata() {
          C._ts_language_metadata(this[0]);
          const length = C.getValue(TRANSFER_BUFFER, "i32");
          const address = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          if (length === 0) return null;
          return unmarshalLanguageMetadata(address);
        }
        /**
         * Gets the number of fields in the language.
         */
        get fieldCount() {
          return this.fields.length - 1;
        }
        /**
         * Gets the number of states in the language.
         */
        get stateCount() {
          return C._ts_language_state_count(this[0]);
        }
        /**
         * Get the field id for a field name.
         */
        fieldIdForName(fieldName) {
          const result = this.fields.indexOf(fieldName);
          return result !== -1 ? result : null;
        }
        /**
         * Get the field name for a field id.
         */
        fieldNameForId(fieldId) {
          return this.fields[fieldId] ?? null;
        }
        /**
         * Get the node type id for a node type name.
         */
        idForNodeType(type, named2) {
          const typeLength = C.lengthBytesUTF8(type);
          const typeAddress = C._malloc(typeLength + 1);
          C.stringToUTF8(type, typeAddress, typeLength + 1);
          const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named2 ? 1 : 0);
          C._free(typeAddress);
          return result || null;
        }
        /**
         * Gets the number of node types in the language.
         */
        get nodeTypeCount() {
          return C._ts_language_symbol_count(this[0]);
        }
        /**
         * Get the node type name for a node type id.
         */
        nodeTypeForId(typeId) {
          const name2 = C._ts_language_symbol_name(this[0], typeId);
          return name2 ? C.UTF8ToString(name2) : null;
        }
        /**
         * Check if a node type is named.
         *
         * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
         */
        nodeTypeIsNamed(typeId) {
          return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
        }
        /**
         * Check if a node type is visible.
         */
        nodeTypeIsVisible(typeId) {
          return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
        }
        /**
         * Get the supertypes ids of this language.
         *
         * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
         */
        get supertypes() {
          C._ts_language_supertypes_wasm(this[0]);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          const result = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              result[i2] = C.getValue(address, "i16");
              address += SIZE_OF_SHORT;
            }
          }
          return result;
        }
        /**
         * Get the subtype ids for a given supertype node id.
         */
        subtypes(supertype) {
          C._ts_language_subtypes_wasm(this[0], supertype);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          const result = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              result[i2] = C.getValue(address, "i16");
              address += SIZE_OF_SHORT;
            }
          }
          return result;
        }
        /**
         * Get the next state id for a given state id and node type id.
         */
        nextState(stateId, typeId) {
          return C._ts_language_next_state(this[0], stateId, typeId);
        }
        /**
         * Create a new lookahead iterator for this language and parse state.
         *
         * This returns `null` if state is invalid for this language.
         *
         * Iterating {@link LookaheadIterator} will yield valid symbols in the given
         * parse state. Newly created lookahead iterators will return the `ERROR`
         * symbol from {@link LookaheadIterator#currentType}.
         *
         * Lookahead iterators can be useful for generating suggestions and improving
         * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
         * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
         * lookahead iterator created on the previous non-extra leaf node may be
         * appropriate.
         */
        lookaheadIterator(stateId) {
          const address = C._ts_lookahead_iterator_new(this[0], stateId);
          if (address) return new LookaheadIterator(INTERNAL, address, this);
          return null;
        }
        /**
         * @deprecated since version 0.25.0, call `new` on a {@link Query} instead
         *
         * Create a new query from a string containing one or more S-expression
         * patterns.
         *
         * The query is associated with a particular language, and can only be run
         * on syntax nodes parsed with that language. References to Queries can be
         * shared between multiple threads.
         *
         * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
         */
        query(source) {
          console.warn("Language.query is deprecated. Use new Query(language, source) instead.");
          return new Query(this, source);
        }
        /**
         * Load a language from a WebAssembly module.
         * The module can be provided as a path to a file or as a buffer.
         */
        static async load(input2) {
          let bytes;
          if (input2 instanceof Uint8Array) {
            bytes = Promise.resolve(input2);
          } else {
            if (globalThis.process?.versions.node) {
              const fs2 = await Promise.resolve(__nodeFsPromises);
              bytes = fs2.readFile(input2);
            } else {
              bytes = fetch(input2).then((response) => response.arrayBuffer().then((buffer) => {
                if (response.ok) {
                  return new Uint8Array(buffer);
                } else {
                  const body2 = new TextDecoder("utf-8").decode(buffer);
                  throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
                }
              }));
            }
          }
          const mod = await C.loadWebAssemblyModule(await bytes, { loadAsync: true });
          const symbolNames = Object.keys(mod);
          const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
          if (!functionName) {
            console.log(`Couldn't find language function in WASM file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
            throw new Error("Language.load failed: no language function found in WASM file");
          }
          const languageAddress = mod[functionName]();
          return new _Language(INTERNAL, languageAddress);
        }
      };
      var Module2 = (() => {
        var _scriptName = getCurrentScriptUrl();
        return async function(moduleArg = {}) {
          var moduleRtn;
          var Module = moduleArg;
          var readyPromiseResolve, readyPromiseReject;
          var readyPromise = new Promise((resolve, reject) => {
            readyPromiseResolve = resolve;
            readyPromiseReject = reject;
          });
          var ENVIRONMENT_IS_WEB = typeof window == "object";
          var ENVIRONMENT_IS_WORKER = typeof importScripts == "function";
          var ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string";
          var ENVIRONMENT_IS_SHELL = !ENVIRONMENT_IS_WEB && !ENVIRONMENT_IS_NODE && !ENVIRONMENT_IS_WORKER;
          if (ENVIRONMENT_IS_NODE) {
            const { createRequire: createRequire2 } = await Promise.resolve(__nodeModule);
            var require = createRequire2(getCurrentScriptUrl());
          }
          Module.currentQueryProgressCallback = null;
          Module.currentProgressCallback = null;
          Module.currentLogCallback = null;
          Module.currentParseCallback = null;
          var moduleOverrides = Object.assign({}, Module);
          var arguments_ = [];
          var thisProgram = "./this.program";
          var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
            throw toThrow;
          }, "quit_");
          var scriptDirectory = "";
          function locateFile(path2) {
            if (Module["locateFile"]) {
              return Module["locateFile"](path2, scriptDirectory);
            }
            return scriptDirectory + path2;
          }
          __name(locateFile, "locateFile");
          var readAsync, readBinary;
          if (ENVIRONMENT_IS_NODE) {
            var fs = require("fs");
            var nodePath = require("path");
            scriptDirectory = require("url").fileURLToPath(new URL("./", getCurrentScriptUrl()));
            readBinary = /* @__PURE__ */ __name((filename) => {
              filename = isFileURI(filename) ? new URL(filename) : nodePath.normalize(filename);
              var ret = fs.readFileSync(filename);
              return ret;
            }, "readBinary");
            readAsync = /* @__PURE__ */ __name((filename, binary2 = true) => {
              filename = isFileURI(filename) ? new URL(filename) : nodePath.normalize(filename);
              return new Promise((resolve, reject) => {
                fs.readFile(filename, binary2 ? void 0 : "utf8", (err2, data) => {
                  if (err2) reject(err2);
                  else resolve(binary2 ? data.buffer : data);
                });
              });
            }, "readAsync");
            if (!Module["thisProgram"] && process.argv.length > 1) {
              thisProgram = process.argv[1].replace(/\\/g, "/");
            }
            arguments_ = process.argv.slice(2);
            quit_ = /* @__PURE__ */ __name((status, toThrow) => {
              process.exitCode = status;
              throw toThrow;
            }, "quit_");
          } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
            if (ENVIRONMENT_IS_WORKER) {
              scriptDirectory = self.location.href;
            } else if (typeof document != "undefined" && document.currentScript) {
              scriptDirectory = document.currentScript.src;
            }
            if (_scriptName) {
              scriptDirectory = _scriptName;
            }
            if (scriptDirectory.startsWith("blob:")) {
              scriptDirectory = "";
            } else {
              scriptDirectory = scriptDirectory.substr(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1);
            }
            {
              if (ENVIRONMENT_IS_WORKER) {
                readBinary = /* @__PURE__ */ __name((url2) => {
                  var xhr = new XMLHttpRequest();
                  xhr.open("GET", url2, false);
                  xhr.responseType = "arraybuffer";
                  xhr.send(null);
                  return new Uint8Array(
                    /** @type{!ArrayBuffer} */
                    xhr.response
                  );
                }, "readBinary");
              }
              readAsync = /* @__PURE__ */ __name((url2) => {
                if (isFileURI(url2)) {
                  return new Promise((reject, resolve) => {
                    var xhr = new XMLHttpRequest();
                    xhr.open("GET", url2, true);
                    xhr.responseType = "arraybuffer";
                    xhr.onload = () => {
                      if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                        resolve(xhr.response);
                      }
                      reject(xhr.status);
                    };
                    xhr.onerror = reject;
                    xhr.send(null);
                  });
                }
                return fetch(url2, {
                  credentials: "same-origin"
                }).then((response) => {
                  if (response.ok) {
                    return response.arrayBuffer();
                  }
                  return Promise.reject(new Error(response.status + " : " + response.url));
                });
              }, "readAsync");
            }
          } else {
          }
          var out = Module["print"] || console.log.bind(console);
          var err = Module["printErr"] || console.error.bind(console);
          Object.assign(Module, moduleOverrides);
          moduleOverrides = null;
          if (Module["arguments"]) arguments_ = Module["arguments"];
          if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
          if (Module["quit"]) quit_ = Module["quit"];
          var dynamicLibraries = Module["dynamicLibraries"] || [];
          var wasmBinary;
          if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
          var wasmMemory;
          var ABORT = false;
          var EXITSTATUS;
          function assert(condition, text) {
            if (!condition) {
              abort(text);
            }
          }
          __name(assert, "assert");
          var HEAP, HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
          var HEAP_DATA_VIEW;
          function updateMemoryViews() {
            var b = wasmMemory.buffer;
            Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
            Module["HEAP8"] = HEAP8 = new Int8Array(b);
            Module["HEAP16"] = HEAP16 = new Int16Array(b);
            Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
            Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
            Module["HEAP32"] = HEAP32 = new Int32Array(b);
            Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
            Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
            Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
          }
          __name(updateMemoryViews, "updateMemoryViews");
          if (Module["wasmMemory"]) {
            wasmMemory = Module["wasmMemory"];
          } else {
            var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
            wasmMemory = new WebAssembly.Memory({
              "initial": INITIAL_MEMORY / 65536,
              // In theory we should not need to emit the maximum if we want "unlimited"
              // or 4GB of memory, but VMs error on that atm, see
              // https://github.com/emscripten-core/emscripten/issues/14130
              // And in the pthreads case we definitely need to emit a maximum. So
              // always emit one.
              "maximum": 2147483648 / 65536
            });
          }
          updateMemoryViews();
          var __ATPRERUN__ = [];
          var __ATINIT__ = [];
          var __ATMAIN__ = [];
          var __ATEXIT__ = [];
          var __ATPOSTRUN__ = [];
          var __RELOC_FUNCS__ = [];
          var runtimeInitialized = false;
          function preRun() {
            if (Module["preRun"]) {
              if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
              while (Module["preRun"].length) {
                addOnPreRun(Module["preRun"].shift());
              }
            }
            callRuntimeCallbacks(__ATPRERUN__);
          }
          __name(preRun, "preRun");
          function initRuntime() {
            runtimeInitialized = true;
            callRuntimeCallbacks(__RELOC_FUNCS__);
            callRuntimeCallbacks(__ATINIT__);
          }
          __name(initRuntime, "initRuntime");
          function preMain() {
            callRuntimeCallbacks(__ATMAIN__);
          }
          __name(preMain, "preMain");
          function postRun() {
            if (Module["postRun"]) {
              if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
              while (Module["postRun"].length) {
                addOnPostRun(Module["postRun"].shift());
              }
            }
            callRuntimeCallbacks(__ATPOSTRUN__);
          }
          __name(postRun, "postRun");
          function addOnPreRun(cb) {
            __ATPRERUN__.unshift(cb);
          }
          __name(addOnPreRun, "addOnPreRun");
          function addOnInit(cb) {
            __ATINIT__.unshift(cb);
          }
          __name(addOnInit, "addOnInit");
          function addOnPreMain(cb) {
            __ATMAIN__.unshift(cb);
          }
          __name(addOnPreMain, "addOnPreMain");
          function addOnExit(cb) {
          }
          __name(addOnExit, "addOnExit");
          function addOnPostRun(cb) {
            __ATPOSTRUN__.unshift(cb);
          }
          __name(addOnPostRun, "addOnPostRun");
          var runDependencies = 0;
          var runDependencyWatcher = null;
          var dependenciesFulfilled = null;
          function getUniqueRunDependency(id) {
            return id;
          }
          __name(getUniqueRunDependency, "getUniqueRunDependency");
          function addRunDependency(id) {
            runDependencies++;
            Module["monitorRunDependencies"]?.(runDependencies);
          }
          __name(addRunDependency, "addRunDependency");
          function removeRunDependency(id) {
            runDependencies--;
            Module["monitorRunDependencies"]?.(runDependencies);
            if (runDependencies == 0) {
              if (runDependencyWatcher !== null) {
                clearInterval(runDependencyWatcher);
                runDependencyWatcher = null;
              }
              if (dependenciesFulfilled) {
                var callback = dependenciesFulfilled;
                dependenciesFulfilled = null;
                callback();
              }
            }
          }
          __name(removeRunDependency, "removeRunDependency");
          function abort(what) {
            Module["onAbort"]?.(what);
            what = "Aborted(" + what + ")";
            err(what);
            ABORT = true;
            EXITSTATUS = 1;
            what += ". Build with -sASSERTIONS for more info.";
            var e = new WebAssembly.RuntimeError(what);
            readyPromiseReject(e);
            throw e;
          }
          __name(abort, "abort");
          var dataURIPrefix = "data:application/octet-stream;base64,";
          var isDataURI = /* @__PURE__ */ __name((filename) => filename.startsWith(dataURIPrefix), "isDataURI");
          var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
          function findWasmBinary() {
            if (Module["locateFile"]) {
              var f = "tree-sitter.wasm";
              if (!isDataURI(f)) {
                return locateFile(f);
              }
              return f;
            }
            return new URL("tree-sitter.wasm", getCurrentScriptUrl()).href;
          }
          __name(findWasmBinary, "findWasmBinary");
          var wasmBinaryFile;
          function getBinarySync(file2) {
            if (file2 == wasmBinaryFile && wasmBinary) {
              return new Uint8Array(wasmBinary);
            }
            if (readBinary) {
              return readBinary(file2);
            }
            throw "both async and sync fetching of the wasm failed";
          }
          __name(getBinarySync, "getBinarySync");
          function getBinaryPromise(binaryFile) {
            if (!wasmBinary) {
              return readAsync(binaryFile).then(
                (response) => new Uint8Array(
                  /** @type{!ArrayBuffer} */
                  response
                ),
                // Fall back to getBinarySync if readAsync fails
                () => getBinarySync(binaryFile)
              );
            }
            return Promise.resolve().then(() => getBinarySync(binaryFile));
          }
          __name(getBinaryPromise, "getBinaryPromise");
          function instantiateArrayBuffer(binaryFile, imports, receiver) {
            return getBinaryPromise(binaryFile).then((binary2) => WebAssembly.instantiate(binary2, imports)).then(receiver, (reason) => {
              err(`failed to asynchronously prepare wasm: ${reason}`);
              abort(reason);
            });
          }
          __name(instantiateArrayBuffer, "instantiateArrayBuffer");
          function instantiateAsync(binary2, binaryFile, imports, callback) {
            if (!binary2 && typeof WebAssembly.instantiateStreaming == "function" && !isDataURI(binaryFile) && // Don't use streaming for file:// delivered objects in a webview, fetch them synchronously.
            !isFileURI(binaryFile) && // Avoid instantiateStreaming() on Node.js environment for now, as while
            // Node.js v18.1.0 implements it, it does not have a full fetch()
            // implementation yet.
            // Reference:
            //   https://github.com/emscripten-core/emscripten/pull/16917
            !ENVIRONMENT_IS_NODE && typeof fetch == "function") {
              return fetch(binaryFile, {
                credentials: "same-origin"
              }).then((response) => {
                var result = WebAssembly.instantiateStreaming(response, imports);
                return result.then(callback, function(reason) {
                  err(`wasm streaming compile failed: ${reason}`);
                  err("falling back to ArrayBuffer instantiation");
                  return instantiateArrayBuffer(binaryFile, imports, callback);
                });
              });
            }
            return instantiateArrayBuffer(binaryFile, imports, callback);
          }
          __name(instantiateAsync, "instantiateAsync");
          function getWasmImports() {
            return {
              "env": wasmImports,
              "wasi_snapshot_preview1": wasmImports,
              "GOT.mem": new Proxy(wasmImports, GOTHandler),
              "GOT.func": new Proxy(wasmImports, GOTHandler)
            };
          }
          __name(getWasmImports, "getWasmImports");
          function createWasm() {
            var info2 = getWasmImports();
            function receiveInstance(instance2, module22) {
              wasmExports = instance2.exports;
              wasmExports = relocateExports(wasmExports, 1024);
              var metadata2 = getDylinkMetadata(module22);
              if (metadata2.neededDynlibs) {
                dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
              }
              mergeLibSymbols(wasmExports, "main");
              LDSO.init();
              loadDylibs();
              addOnInit(wasmExports["__wasm_call_ctors"]);
              __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
              removeRunDependency("wasm-instantiate");
              return wasmExports;
            }
            __name(receiveInstance, "receiveInstance");
            addRunDependency("wasm-instantiate");
            function receiveInstantiationResult(result) {
              receiveInstance(result["instance"], result["module"]);
            }
            __name(receiveInstantiationResult, "receiveInstantiationResult");
            if (Module["instantiateWasm"]) {
              try {
                return Module["instantiateWasm"](info2, receiveInstance);
              } catch (e) {
                err(`Module.instantiateWasm callback failed with error: ${e}`);
                readyPromiseReject(e);
              }
            }
            if (!wasmBinaryFile) wasmBinaryFile = findWasmBinary();
            instantiateAsync(wasmBinary, wasmBinaryFile, info2, receiveInstantiationResult).catch(readyPromiseReject);
            return {};
          }
          __name(createWasm, "createWasm");
          var tempDouble;
          var tempI64;
          var ASM_CONSTS = {};
          function ExitStatus(status) {
            this.name = "ExitStatus";
            this.message = `Program terminated with exit(${status})`;
            this.status = status;
          }
          __name(ExitStatus, "ExitStatus");
          var GOT = {};
          var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
          var GOTHandler = {
            get(obj, symName) {
              var rtn = GOT[symName];
              if (!rtn) {
                rtn = GOT[symName] = new WebAssembly.Global({
                  "value": "i32",
                  "mutable": true
                });
              }
              if (!currentModuleWeakSymbols.has(symName)) {
                rtn.required = true;
              }
              return rtn;
            }
          };
          var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
          var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
          var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
          var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
          var LE_HEAP_LOAD_U16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint16(byteOffset, true), "LE_HEAP_LOAD_U16");
          var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
          var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
          var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
          var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
          var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
          var LE_HEAP_STORE_U16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint16(byteOffset, value, true), "LE_HEAP_STORE_U16");
          var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
          var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
            while (callbacks.length > 0) {
              callbacks.shift()(Module);
            }
          }, "callRuntimeCallbacks");
          var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
          var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead) => {
            var endIdx = idx + maxBytesToRead;
            var endPtr = idx;
            while (heapOrArray[endPtr] && !(endPtr >= endIdx)) ++endPtr;
            if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
              return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
            }
            var str = "";
            while (idx < endPtr) {
              var u0 = heapOrArray[idx++];
              if (!(u0 & 128)) {
                str += String.fromCharCode(u0);
                continue;
              }
              var u1 = heapOrArray[idx++] & 63;
              if ((u0 & 224) == 192) {
                str += String.fromCharCode((u0 & 31) << 6 | u1);
                continue;
              }
              var u2 = heapOrArray[idx++] & 63;
              if ((u0 & 240) == 224) {
                u0 = (u0 & 15) << 12 | u1 << 6 | u2;
              } else {
                u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
              }
              if (u0 < 65536) {
                str += String.fromCharCode(u0);
              } else {
                var ch = u0 - 65536;
                str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
              }
            }
            return str;
          }, "UTF8ArrayToString");
          var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
            var offset = 0;
            var end = 0;
            function getU8() {
              return binary2[offset++];
            }
            __name(getU8, "getU8");
            function getLEB() {
              var ret = 0;
              var mul = 1;
              while (1) {
                var byte = binary2[offset++];
                ret += (byte & 127) * mul;
                mul *= 128;
                if (!(byte & 128)) break;
              }
              return ret;
            }
            __name(getLEB, "getLEB");
            function getString() {
              var len = getLEB();
              offset += len;
              return UTF8ArrayToString(binary2, offset - len, len);
            }
            __name(getString, "getString");
            function failIf(condition, message) {
              if (condition) throw new Error(message);
            }
            __name(failIf, "failIf");
            var name2 = "dylink.0";
            if (binary2 instanceof WebAssembly.Module) {
              var dylinkSection = WebAssembly.Module.customSections(binary2, name2);
              if (dylinkSection.length === 0) {
                name2 = "dylink";
                dylinkSection = WebAssembly.Module.customSections(binary2, name2);
              }
              failIf(dylinkSection.length === 0, "need dylink section");
              binary2 = new Uint8Array(dylinkSection[0]);
              end = binary2.length;
            } else {
              var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
              var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
              failIf(!magicNumberFound, "need to see wasm magic number");
              failIf(binary2[8] !== 0, "need the dylink section to be first");
              offset = 9;
              var section_size = getLEB();
              end = offset + section_size;
              name2 = getString();
            }
            var customSection = {
              neededDynlibs: [],
              tlsExports: /* @__PURE__ */ new Set(),
              weakImports: /* @__PURE__ */ new Set()
            };
            if (name2 == "dylink") {
              customSection.memorySize = getLEB();
              customSection.memoryAlign = getLEB();
              customSection.tableSize = getLEB();
              customSection.tableAlign = getLEB();
              var neededDynlibsCount = getLEB();
              for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
                var libname = getString();
                customSection.neededDynlibs.push(libname);
              }
            } else {
              failIf(name2 !== "dylink.0");
              var WASM_DYLINK_MEM_INFO = 1;
              var WASM_DYLINK_NEEDED = 2;
              var WASM_DYLINK_EXPORT_INFO = 3;
              var WASM_DYLINK_IMPORT_INFO = 4;
              var WASM_SYMBOL_TLS = 256;
              var WASM_SYMBOL_BINDING_MASK = 3;
              var WASM_SYMBOL_BINDING_WEAK = 1;
              while (offset < end) {
                var subsectionType = getU8();
                var subsectionSize = getLEB();
                if (subsectionType === WASM_DYLINK_MEM_INFO) {
                  customSection.memorySize = getLEB();
                  customSection.memoryAlign = getLEB();
                  customSection.tableSize = getLEB();
                  customSection.tableAlign = getLEB();
                } else if (subsectionType === WASM_DYLINK_NEEDED) {
                  var neededDynlibsCount = getLEB();
                  for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
                    libname = getString();
                    customSection.neededDynlibs.push(libname);
                  }
                } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
                  var count = getLEB();
                  while (count--) {
                    var symname = getString();
                    var flags2 = getLEB();
                    if (flags2 & WASM_SYMBOL_TLS) {
                      customSection.tlsExports.add(symname);
                    }
                  }
                } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
                  var count = getLEB();
                  while (count--) {
                    var modname = getString();
                    var symname = getString();
                    var flags2 = getLEB();
                    if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
                      customSection.weakImports.add(symname);
                    }
                  }
                } else {
                  offset += subsectionSize;
                }
              }
            }
            return customSection;
          }, "getDylinkMetadata");
          function getValue(ptr, type = "i8") {
            if (type.endsWith("*")) type = "*";
            switch (type) {
              case "i1":
                return HEAP8[ptr];
              case "i8":
                return HEAP8[ptr];
              case "i16":
                return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
              case "i32":
                return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
              case "i64":
                abort("to do getValue(i64) use WASM_BIGINT");
              case "float":
                return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
              case "double":
                return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
              case "*":
                return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
              default:
                abort(`invalid type for getValue: ${type}`);
            }
          }
          __name(getValue, "getValue");
          var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
            var dso = {
              refcount: Infinity,
              name: name2,
              exports: syms,
              global: true
            };
            LDSO.loadedLibsByName[name2] = dso;
            if (handle2 != void 0) {
              LDSO.loadedLibsByHandle[handle2] = dso;
            }
            return dso;
          }, "newDSO");
          var LDSO = {
            loadedLibsByName: {},
            loadedLibsByHandle: {},
            init() {
              newDSO("__main__", 0, wasmImports);
            }
          };
          var ___heap_base = 78240;
          var zeroMemory = /* @__PURE__ */ __name((address, size) => {
            HEAPU8.fill(0, address, address + size);
            return address;
          }, "zeroMemory");
          var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
          var getMemory = /* @__PURE__ */ __name((size) => {
            if (runtimeInitialized) {
              return zeroMemory(_malloc(size), size);
            }
            var ret = ___heap_base;
            var end = ret + alignMemory(size, 16);
            ___heap_base = end;
            GOT["__heap_base"].value = end;
            return ret;
          }, "getMemory");
          var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
          var uleb128Encode = /* @__PURE__ */ __name((n, target) => {
            if (n < 128) {
              target.push(n);
            } else {
              target.push(n % 128 | 128, n >> 7);
            }
          }, "uleb128Encode");
          var sigToWasmTypes = /* @__PURE__ */ __name((sig) => {
            var typeNames = {
              "i": "i32",
              "j": "i64",
              "f": "f32",
              "d": "f64",
              "e": "externref",
              "p": "i32"
            };
            var type = {
              parameters: [],
              results: sig[0] == "v" ? [] : [typeNames[sig[0]]]
            };
            for (var i2 = 1; i2 < sig.length; ++i2) {
              type.parameters.push(typeNames[sig[i2]]);
            }
            return type;
          }, "sigToWasmTypes");
          var generateFuncType = /* @__PURE__ */ __name((sig, target) => {
            var sigRet = sig.slice(0, 1);
            var sigParam = sig.slice(1);
            var typeCodes = {
              "i": 127,
              // i32
              "p": 127,
              // i32
              "j": 126,
              // i64
              "f": 125,
              // f32
              "d": 124,
              // f64
              "e": 111
            };
            target.push(96);
            uleb128Encode(sigParam.length, target);
            for (var i2 = 0; i2 < sigParam.length; ++i2) {
              target.push(typeCodes[sigParam[i2]]);
            }
            if (sigRet == "v") {
              target.push(0);
            } else {
              target.push(1, typeCodes[sigRet]);
            }
          }, "generateFuncType");
          var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
            if (typeof WebAssembly.Function == "function") {
              return new WebAssembly.Function(sigToWasmTypes(sig), func2);
            }
            var typeSectionBody = [1];
            generateFuncType(sig, typeSectionBody);
            var bytes = [
              0,
              97,
              115,
              109,
              // magic ("\0asm")
              1,
              0,
              0,
              0,
              // version: 1
              1
            ];
            uleb128Encode(typeSectionBody.length, bytes);
            bytes.push(...typeSectionBody);
            bytes.push(
              2,
              7,
              // import section
              // (import "e" "f" (func 0 (type 0)))
              1,
              1,
              101,
              1,
              102,
              0,
              0,
              7,
              5,
              // export section
              // (export "f" (func 0 (type 0)))
              1,
              1,
              102,
              0,
              0
            );
            var module22 = new WebAssembly.Module(new Uint8Array(bytes));
            var instance2 = new WebAssembly.Instance(module22, {
              "e": {
                "f": func2
              }
            });
            var wrappedFunc = instance2.exports["f"];
            return wrappedFunc;
          }, "convertJsFunctionToWasm");
          var wasmTableMirror = [];
          var wasmTable = new WebAssembly.Table({
            "initial": 31,
            "element": "anyfunc"
          });
          var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
            var func2 = wasmTableMirror[funcPtr];
            if (!func2) {
              if (funcPtr >= wasmTableMirror.length) wasmTableMirror.length = funcPtr + 1;
              wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
            }
            return func2;
          }, "getWasmTableEntry");
          var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
            if (functionsInTableMap) {
              for (var i2 = offset; i2 < offset + count; i2++) {
                var item = getWasmTableEntry(i2);
                if (item) {
                  functionsInTableMap.set(item, i2);
                }
              }
            }
          }, "updateTableMap");
          var functionsInTableMap;
          var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
            if (!functionsInTableMap) {
              functionsInTableMap = /* @__PURE__ */ new WeakMap();
              updateTableMap(0, wasmTable.length);
            }
            return functionsInTableMap.get(func2) || 0;
          }, "getFunctionAddress");
          var freeTableIndexes = [];
          var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
            if (freeTableIndexes.length) {
              return freeTableIndexes.pop();
            }
            try {
              wasmTable.grow(1);
            } catch (err2) {
              if (!(err2 instanceof RangeError)) {
                throw err2;
              }
              throw "Unable to grow wasm table. Set ALLOW_TABLE_GROWTH.";
            }
            return wasmTable.length - 1;
          }, "getEmptyTableSlot");
          var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
            wasmTable.set(idx, func2);
            wasmTableMirror[idx] = wasmTable.get(idx);
          }, "setWasmTableEntry");
          var addFunction = /* @__PURE__ */ __name((func2, sig) => {
            var rtn = getFunctionAddress(func2);
            if (rtn) {
              return rtn;
            }
            var ret = getEmptyTableSlot();
            try {
              setWasmTableEntry(ret, func2);
            } catch (err2) {
              if (!(err2 instanceof TypeError)) {
                throw err2;
              }
              var wrapped = convertJsFunctionToWasm(func2, sig);
              setWasmTableEntry(ret, wrapped);
            }
            functionsInTableMap.set(func2, ret);
            return ret;
          }, "addFunction");
          var updateGOT = /* @__PURE__ */ __name((exports3, replace) => {
            for (var symName in exports3) {
              if (isInternalSym(symName)) {
                continue;
              }
              var value = exports3[symName];
              if (symName.startsWith("orig$")) {
                symName = symName.split("$")[1];
                replace = true;
              }
              GOT[symName] ||= new WebAssembly.Global({
                "value": "i32",
                "mutable": true
              });
              if (replace || GOT[symName].value == 0) {
                if (typeof value == "function") {
                  GOT[symName].value = addFunction(value);
                } else if (typeof value == "number") {
                  GOT[symName].value = value;
                } else {
                  err(`unhandled export type for '${symName}': ${typeof value}`);
                }
              }
            }
          }, "updateGOT");
          var relocateExports = /* @__PURE__ */ __name((exports3, memoryBase2, replace) => {
            var relocated = {};
            for (var e in exports3) {
              var value = exports3[e];
              if (typeof value == "object") {
                value = value.value;
              }
              if (typeof value == "number") {
                value += memoryBase2;
              }
              relocated[e] = value;
            }
            updateGOT(relocated, replace);
            return relocated;
          }, "relocateExports");
          var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
            var existing = wasmImports[symName];
            if (!existing || existing.stub) {
              return false;
            }
            return true;
          }, "isSymbolDefined");
          var dynCallLegacy = /* @__PURE__ */ __name((sig, ptr, args2) => {
            sig = sig.replace(/p/g, "i");
            var f = Module["dynCall_" + sig];
            return f(ptr, ...args2);
          }, "dynCallLegacy");
          var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = []) => {
            if (sig.includes("j")) {
              return dynCallLegacy(sig, ptr, args2);
            }
            var rtn = getWasmTableEntry(ptr)(...args2);
            return rtn;
          }, "dynCall");
          var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
          var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
          var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
            var sp = stackSave();
            try {
              return dynCall(sig, ptr, args2);
            } catch (e) {
              stackRestore(sp);
              if (e !== e + 0) throw e;
              _setThrew(1, 0);
            }
          }, "createInvokeFunction");
          var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
            var sym;
            if (direct && "orig$" + symName in wasmImports) {
              symName = "orig$" + symName;
            }
            if (isSymbolDefined(symName)) {
              sym = wasmImports[symName];
            } else if (symName.startsWith("invoke_")) {
              sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
            }
            return {
              sym,
              name: symName
            };
          }, "resolveGlobalSymbol");
          var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead) : "", "UTF8ToString");
          var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
            var metadata = getDylinkMetadata(binary);
            currentModuleWeakSymbols = metadata.weakImports;
            function loadModule() {
              var firstLoad = !handle || !HEAP8[handle + 8];
              if (firstLoad) {
                var memAlign = Math.pow(2, metadata.memoryAlign);
                var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
                var tableBase = metadata.tableSize ? wasmTable.length : 0;
                if (handle) {
                  HEAP8[handle + 8] = 1;
                  LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
                  LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
                  LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
                  LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
                }
              } else {
                memoryBase = LE_HEAP_LOAD_U32((handle + 12 >> 2) * 4);
                tableBase = LE_HEAP_LOAD_U32((handle + 20 >> 2) * 4);
              }
              var tableGrowthNeeded = tableBase + metadata.tableSize - wasmTable.length;
              if (tableGrowthNeeded > 0) {
                wasmTable.grow(tableGrowthNeeded);
              }
              var moduleExports;
              function resolveSymbol(sym) {
                var resolved = resolveGlobalSymbol(sym).sym;
                if (!resolved && localScope) {
                  resolved = localScope[sym];
                }
                if (!resolved) {
                  resolved = moduleExports[sym];
                }
                return resolved;
              }
              __name(resolveSymbol, "resolveSymbol");
              var proxyHandler = {
                get(stubs, prop) {
                  switch (prop) {
                    case "__memory_base":
                      return memoryBase;
                    case "__table_base":
                      return tableBase;
                  }
                  if (prop in wasmImports && !wasmImports[prop].stub) {
                    return wasmImports[prop];
                  }
                  if (!(prop in stubs)) {
                    var resolved;
                    stubs[prop] = (...args2) => {
                      resolved ||= resolveSymbol(prop);
                      return resolved(...args2);
                    };
                  }
                  return stubs[prop];
                }
              };
              var proxy = new Proxy({}, proxyHandler);
              var info = {
                "GOT.mem": new Proxy({}, GOTHandler),
                "GOT.func": new Proxy({}, GOTHandler),
                "env": proxy,
                "wasi_snapshot_preview1": proxy
              };
              function postInstantiation(module, instance) {
                updateTableMap(tableBase, metadata.tableSize);
                moduleExports = relocateExports(instance.exports, memoryBase);
                if (!flags.allowUndefined) {
                  reportUndefinedSymbols();
                }
                function addEmAsm(addr, body) {
                  var args = [];
                  var arity = 0;
                  for (; arity < 16; arity++) {
                    if (body.indexOf("$" + arity) != -1) {
                      args.push("$" + arity);
                    } else {
                      break;
                    }
                  }
                  args = args.join(",");
                  var func = `(${args}) => { ${body} };`;
                  ASM_CONSTS[start] = eval(func);
                }
                __name(addEmAsm, "addEmAsm");
                if ("__start_em_asm" in moduleExports) {
                  var start = moduleExports["__start_em_asm"];
                  var stop = moduleExports["__stop_em_asm"];
                  while (start < stop) {
                    var jsString = UTF8ToString(start);
                    addEmAsm(start, jsString);
                    start = HEAPU8.indexOf(0, start) + 1;
                  }
                }
                function addEmJs(name, cSig, body) {
                  var jsArgs = [];
                  cSig = cSig.slice(1, -1);
                  if (cSig != "void") {
                    cSig = cSig.split(",");
                    for (var i in cSig) {
                      var jsArg = cSig[i].split(" ").pop();
                      jsArgs.push(jsArg.replace("*", ""));
                    }
                  }
                  var func = `(${jsArgs}) => ${body};`;
                  moduleExports[name] = eval(func);
                }
                __name(addEmJs, "addEmJs");
                for (var name in moduleExports) {
                  if (name.startsWith("__em_js__")) {
                    var start = moduleExports[name];
                    var jsString = UTF8ToString(start);
                    var parts = jsString.split("<::>");
                    addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
                    delete moduleExports[name];
                  }
                }
                var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
                if (applyRelocs) {
                  if (runtimeInitialized) {
                    applyRelocs();
                  } else {
                    __RELOC_FUNCS__.push(applyRelocs);
                  }
                }
                var init = moduleExports["__wasm_call_ctors"];
                if (init) {
                  if (runtimeInitialized) {
                    init();
                  } else {
                    __ATINIT__.push(init);
                  }
                }
                return moduleExports;
              }
              __name(postInstantiation, "postInstantiation");
              if (flags.loadAsync) {
                if (binary instanceof WebAssembly.Module) {
                  var instance = new WebAssembly.Instance(binary, info);
                  return Promise.resolve(postInstantiation(binary, instance));
                }
                return WebAssembly.instantiate(binary, info).then((result) => postInstantiation(result.module, result.instance));
              }
              var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
              var instance = new WebAssembly.Instance(module, info);
              return postInstantiation(module, instance);
            }
            __name(loadModule, "loadModule");
            if (flags.loadAsync) {
              return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
            }
            metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
            return loadModule();
          }, "loadWebAssemblyModule");
          var mergeLibSymbols = /* @__PURE__ */ __name((exports3, libName2) => {
            for (var [sym, exp] of Object.entries(exports3)) {
              const setImport = /* @__PURE__ */ __name((target) => {
                if (!isSymbolDefined(target)) {
                  wasmImports[target] = exp;
                }
              }, "setImport");
              setImport(sym);
              const main_alias = "__main_argc_argv";
              if (sym == "main") {
                setImport(main_alias);
              }
              if (sym == main_alias) {
                setImport("main");
              }
              if (sym.startsWith("dynCall_") && !Module.hasOwnProperty(sym)) {
                Module[sym] = exp;
              }
            }
          }, "mergeLibSymbols");
          var asyncLoad = /* @__PURE__ */ __name((url2, onload, onerror, noRunDep) => {
            var dep = !noRunDep ? getUniqueRunDependency(`al ${url2}`) : "";
            readAsync(url2).then((arrayBuffer) => {
              onload(new Uint8Array(arrayBuffer));
              if (dep) removeRunDependency(dep);
            }, (err2) => {
              if (onerror) {
                onerror();
              } else {
                throw `Loading data file "${url2}" failed.`;
              }
            });
            if (dep) addRunDependency(dep);
          }, "asyncLoad");
          function loadDynamicLibrary(libName2, flags2 = {
            global: true,
            nodelete: true
          }, localScope2, handle2) {
            var dso = LDSO.loadedLibsByName[libName2];
            if (dso) {
              if (!flags2.global) {
                if (localScope2) {
                  Object.assign(localScope2, dso.exports);
                }
              } else if (!dso.global) {
                dso.global = true;
                mergeLibSymbols(dso.exports, libName2);
              }
              if (flags2.nodelete && dso.refcount !== Infinity) {
                dso.refcount = Infinity;
              }
              dso.refcount++;
              if (handle2) {
                LDSO.loadedLibsByHandle[handle2] = dso;
              }
              return flags2.loadAsync ? Promise.resolve(true) : true;
            }
            dso = newDSO(libName2, handle2, "loading");
            dso.refcount = flags2.nodelete ? Infinity : 1;
            dso.global = flags2.global;
            function loadLibData() {
              if (handle2) {
                var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
                var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
                if (data && dataSize) {
                  var libData = HEAP8.slice(data, data + dataSize);
                  return flags2.loadAsync ? Promise.resolve(libData) : libData;
                }
              }
              var libFile = locateFile(libName2);
              if (flags2.loadAsync) {
                return new Promise(function(resolve, reject) {
                  asyncLoad(libFile, resolve, reject);
                });
              }
              if (!readBinary) {
                throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
              }
              return readBinary(libFile);
            }
            __name(loadLibData, "loadLibData");
            function getExports() {
              if (flags2.loadAsync) {
                return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
              }
              return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
            }
            __name(getExports, "getExports");
            function moduleLoaded(exports3) {
              if (dso.global) {
                mergeLibSymbols(exports3, libName2);
              } else if (localScope2) {
                Object.assign(localScope2, exports3);
              }
              dso.exports = exports3;
            }
            __name(moduleLoaded, "moduleLoaded");
            if (flags2.loadAsync) {
              return getExports().then((exports3) => {
                moduleLoaded(exports3);
                return true;
              });
            }
            moduleLoaded(getExports());
            return true;
          }
          __name(loadDynamicLibrary, "loadDynamicLibrary");
          var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
            for (var [symName, entry] of Object.entries(GOT)) {
              if (entry.value == 0) {
                var value = resolveGlobalSymbol(symName, true).sym;
                if (!value && !entry.required) {
                  continue;
                }
                if (typeof value == "function") {
                  entry.value = addFunction(value, value.sig);
                } else if (typeof value == "number") {
                  entry.value = value;
                } else {
                  throw new Error(`bad export type for '${symName}': ${typeof value}`);
                }
              }
            }
          }, "reportUndefinedSymbols");
          var loadDylibs = /* @__PURE__ */ __name(() => {
            if (!dynamicLibraries.length) {
              reportUndefinedSymbols();
              return;
            }
            addRunDependency("loadDylibs");
            dynamicLibraries.reduce((chain, lib) => chain.then(() => loadDynamicLibrary(lib, {
              loadAsync: true,
              global: true,
              nodelete: true,
              allowUndefined: true
            })), Promise.resolve()).then(() => {
              reportUndefinedSymbols();
              removeRunDependency("loadDylibs");
            });
          }, "loadDylibs");
          var noExitRuntime = Module["noExitRuntime"] || true;
          function setValue(ptr, value, type = "i8") {
            if (type.endsWith("*")) type = "*";
            switch (type) {
              case "i1":
                HEAP8[ptr] = value;
                break;
              case "i8":
                HEAP8[ptr] = value;
                break;
              case "i16":
                LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
                break;
              case "i32":
                LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
                break;
              case "i64":
                abort("to do setValue(i64) use WASM_BIGINT");
              case "float":
                LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
                break;
              case "double":
                LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
                break;
              case "*":
                LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
                break;
              default:
                abort(`invalid type for setValue: ${type}`);
            }
          }
          __name(setValue, "setValue");
          var ___memory_base = new WebAssembly.Global({
            "value": "i32",
            "mutable": false
          }, 1024);
          var ___stack_pointer = new WebAssembly.Global({
            "value": "i32",
            "mutable": true
          }, 78240);
          var ___table_base = new WebAssembly.Global({
            "value": "i32",
            "mutable": false
          }, 1);
          var __abort_js = /* @__PURE__ */ __name(() => {
            abort("");
          }, "__abort_js");
          __abort_js.sig = "v";
          var nowIsMonotonic = 1;
          var __emscripten_get_now_is_monotonic = /* @__PURE__ */ __name(() => nowIsMonotonic, "__emscripten_get_now_is_monotonic");
          __emscripten_get_now_is_monotonic.sig = "i";
          var __emscripten_memcpy_js = /* @__PURE__ */ __name((dest, src, num) => HEAPU8.copyWithin(dest, src, src + num), "__emscripten_memcpy_js");
          __emscripten_memcpy_js.sig = "vppp";
          var _emscripten_date_now = /* @__PURE__ */ __name(() => Date.now(), "_emscripten_date_now");
          _emscripten_date_now.sig = "d";
          var _emscripten_get_now;
          _emscripten_get_now = /* @__PURE__ */ __name(() => performance.now(), "_emscripten_get_now");
          _emscripten_get_now.sig = "d";
          var getHeapMax = /* @__PURE__ */ __name(() => (
            // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
            // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
            // for any code that deals with heap sizes, which would require special
            // casing all heap size related code to treat 0 specially.
            2147483648
          ), "getHeapMax");
          var growMemory = /* @__PURE__ */ __name((size) => {
            var b = wasmMemory.buffer;
            var pages = (size - b.byteLength + 65535) / 65536;
            try {
              wasmMemory.grow(pages);
              updateMemoryViews();
              return 1;
            } catch (e) {
            }
          }, "growMemory");
          var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
            var oldSize = HEAPU8.length;
            requestedSize >>>= 0;
            var maxHeapSize = getHeapMax();
            if (requestedSize > maxHeapSize) {
              return false;
            }
            var alignUp = /* @__PURE__ */ __name((x, multiple) => x + (multiple - x % multiple) % multiple, "alignUp");
            for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
              var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
              overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
              var newSize = Math.min(maxHeapSize, alignUp(Math.max(requestedSize, overGrownHeapSize), 65536));
              var replacement = growMemory(newSize);
              if (replacement) {
                return true;
              }
            }
            return false;
          }, "_emscripten_resize_heap");
          _emscripten_resize_heap.sig = "ip";
          var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
          _fd_close.sig = "ii";
          var convertI32PairToI53Checked = /* @__PURE__ */ __name((lo, hi) => hi + 2097152 >>> 0 < 4194305 - !!lo ? (lo >>> 0) + hi * 4294967296 : NaN, "convertI32PairToI53Checked");
          function _fd_seek(fd, offset_low, offset_high, whence, newOffset) {
            var offset = convertI32PairToI53Checked(offset_low, offset_high);
            return 70;
          }
          __name(_fd_seek, "_fd_seek");
          _fd_seek.sig = "iiiiip";
          var printCharBuffers = [null, [], []];
          var printChar = /* @__PURE__ */ __name((stream, curr) => {
            var buffer = printCharBuffers[stream];
            if (curr === 0 || curr === 10) {
              (stream === 1 ? out : err)(UTF8ArrayToString(buffer, 0));
              buffer.length = 0;
            } else {
              buffer.push(curr);
            }
          }, "printChar");
          var flush_NO_FILESYSTEM = /* @__PURE__ */ __name(() => {
            if (printCharBuffers[1].length) printChar(1, 10);
            if (printCharBuffers[2].length) printChar(2, 10);
          }, "flush_NO_FILESYSTEM");
          var SYSCALLS = {
            varargs: void 0,
            getStr(ptr) {
              var ret = UTF8ToString(ptr);
              return ret;
            }
          };
          var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
            var num = 0;
            for (var i2 = 0; i2 < iovcnt; i2++) {
              var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
              var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
              iov += 8;
              for (var j = 0; j < len; j++) {
                printChar(fd, HEAPU8[ptr + j]);
              }
              num += len;
            }
            LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
            return 0;
          }, "_fd_write");
          _fd_write.sig = "iippp";
          function _tree_sitter_log_callback(isLexMessage, messageAddress) {
            if (Module.currentLogCallback) {
              const message = UTF8ToString(messageAddress);
              Module.currentLogCallback(message, isLexMessage !== 0);
            }
          }
          __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
          function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
            const INPUT_BUFFER_SIZE = 10 * 1024;
            const string4 = Module.currentParseCallback(index, {
              row,
              column
            });
            if (typeof string4 === "string") {
              setValue(lengthAddress, string4.length, "i32");
              stringToUTF16(string4, inputBufferAddress, INPUT_BUFFER_SIZE);
            } else {
              setValue(lengthAddress, 0, "i32");
            }
          }
          __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
          function _tree_sitter_progress_callback(currentOffset, hasError) {
            if (Module.currentProgressCallback) {
              return Module.currentProgressCallback({
                currentOffset,
                hasError
              });
            }
            return false;
          }
          __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
          function _tree_sitter_query_progress_callback(currentOffset) {
            if (Module.currentQueryProgressCallback) {
              return Module.currentQueryProgressCallback({
                currentOffset
              });
            }
            return false;
          }
          __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
          var runtimeKeepaliveCounter = 0;
          var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
          var _proc_exit = /* @__PURE__ */ __name((code) => {
            EXITSTATUS = code;
            if (!keepRuntimeAlive()) {
              Module["onExit"]?.(code);
              ABORT = true;
            }
            quit_(code, new ExitStatus(code));
          }, "_proc_exit");
          _proc_exit.sig = "vi";
          var exitJS = /* @__PURE__ */ __name((status, implicit) => {
            EXITSTATUS = status;
            _proc_exit(status);
          }, "exitJS");
          var handleException = /* @__PURE__ */ __name((e) => {
            if (e instanceof ExitStatus || e == "unwind") {
              return EXITSTATUS;
            }
            quit_(1, e);
          }, "handleException");
          var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
            var len = 0;
            for (var i2 = 0; i2 < str.length; ++i2) {
              var c = str.charCodeAt(i2);
              if (c <= 127) {
                len++;
              } else if (c <= 2047) {
                len += 2;
              } else if (c >= 55296 && c <= 57343) {
                len += 4;
                ++i2;
              } else {
                len += 3;
              }
            }
            return len;
          }, "lengthBytesUTF8");
          var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
            if (!(maxBytesToWrite > 0)) return 0;
            var startIdx = outIdx;
            var endIdx = outIdx + maxBytesToWrite - 1;
            for (var i2 = 0; i2 < str.length; ++i2) {
              var u = str.charCodeAt(i2);
              if (u >= 55296 && u <= 57343) {
                var u1 = str.charCodeAt(++i2);
                u = 65536 + ((u & 1023) << 10) | u1 & 1023;
              }
              if (u <= 127) {
                if (outIdx >= endIdx) break;
                heap[outIdx++] = u;
              } else if (u <= 2047) {
                if (outIdx + 1 >= endIdx) break;
                heap[outIdx++] = 192 | u >> 6;
                heap[outIdx++] = 128 | u & 63;
              } else if (u <= 65535) {
                if (outIdx + 2 >= endIdx) break;
                heap[outIdx++] = 224 | u >> 12;
                heap[outIdx++] = 128 | u >> 6 & 63;
                heap[outIdx++] = 128 | u & 63;
              } else {
                if (outIdx + 3 >= endIdx) break;
                heap[outIdx++] = 240 | u >> 18;
                heap[outIdx++] = 128 | u >> 12 & 63;
                heap[outIdx++] = 128 | u >> 6 & 63;
                heap[outIdx++] = 128 | u & 63;
              }
            }
            heap[outIdx] = 0;
            return outIdx - startIdx;
          }, "stringToUTF8Array");
          var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
          var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
          var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
            var size = lengthBytesUTF8(str) + 1;
            var ret = stackAlloc(size);
            stringToUTF8(str, ret, size);
            return ret;
          }, "stringToUTF8OnStack");
          var AsciiToString = /* @__PURE__ */ __name((ptr) => {
            var str = "";
            while (1) {
              var ch = HEAPU8[ptr++];
              if (!ch) return str;
              str += String.fromCharCode(ch);
            }
          }, "AsciiToString");
          var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
            maxBytesToWrite ??= 2147483647;
            if (maxBytesToWrite < 2) return 0;
            maxBytesToWrite -= 2;
            var startPtr = outPtr;
            var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
            for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
              var codeUnit = str.charCodeAt(i2);
              LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
              outPtr += 2;
            }
            LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
            return outPtr - startPtr;
          }, "stringToUTF16");
          var wasmImports = {
            /** @export */
            __heap_base: ___heap_base,
            /** @export */
            __indirect_function_table: wasmTable,
            /** @export */
            __memory_base: ___memory_base,
            /** @export */
            __stack_pointer: ___stack_pointer,
            /** @export */
            __table_base: ___table_base,
            /** @export */
            _abort_js: __abort_js,
            /** @export */
            _emscripten_get_now_is_monotonic: __emscripten_get_now_is_monotonic,
            /** @export */
            _emscripten_memcpy_js: __emscripten_memcpy_js,
            /** @export */
            emscripten_date_now: _emscripten_date_now,
            /** @export */
            emscripten_get_now: _emscripten_get_now,
            /** @export */
            emscripten_resize_heap: _emscripten_resize_heap,
            /** @export */
            fd_close: _fd_close,
            /** @export */
            fd_seek: _fd_seek,
            /** @export */
            fd_write: _fd_write,
            /** @export */
            memory: wasmMemory,
            /** @export */
            tree_sitter_log_callback: _tree_sitter_log_callback,
            /** @export */
            tree_sitter_parse_callback: _tree_sitter_parse_callback,
            /** @export */
            tree_sitter_progress_callback: _tree_sitter_progress_callback,
            /** @export */
            tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
          };
          var wasmExports = createWasm();
          var ___wasm_call_ctors = /* @__PURE__ */ __name(() => (___wasm_call_ctors = wasmExports["__wasm_call_ctors"])(), "___wasm_call_ctors");
          var ___wasm_apply_data_relocs = /* @__PURE__ */ __name(() => (___wasm_apply_data_relocs = wasmExports["__wasm_apply_data_relocs"])(), "___wasm_apply_data_relocs");
          var _malloc = Module["_malloc"] = (a0) => (_malloc = Module["_malloc"] = wasmExports["malloc"])(a0);
          var _calloc = Module["_calloc"] = (a0, a1) => (_calloc = Module["_calloc"] = wasmExports["calloc"])(a0, a1);
          var _realloc = Module["_realloc"] = (a0, a1) => (_realloc = Module["_realloc"] = wasmExports["realloc"])(a0, a1);
          var _free = Module["_free"] = (a0) => (_free = Module["_free"] = wasmExports["free"])(a0);
          var _memcmp = Module["_memcmp"] = (a0, a1, a2) => (_memcmp = Module["_memcmp"] = wasmExports["memcmp"])(a0, a1, a2);
          var _ts_language_symbol_count = Module["_ts_language_symbol_count"] = (a0) => (_ts_language_symbol_count = Module["_ts_language_symbol_count"] = wasmExports["ts_language_symbol_count"])(a0);
          var _ts_language_state_count = Module["_ts_language_state_count"] = (a0) => (_ts_language_state_count = Module["_ts_language_state_count"] = wasmExports["ts_language_state_count"])(a0);
          var _ts_language_version = Module["_ts_language_version"] = (a0) => (_ts_language_version = Module["_ts_language_version"] = wasmExports["ts_language_version"])(a0);
          var _ts_language_abi_version = Module["_ts_language_abi_version"] = (a0) => (_ts_language_abi_version = Module["_ts_language_abi_version"] = wasmExports["ts_language_abi_version"])(a0);
          var _ts_language_metadata = Module["_ts_language_metadata"] = (a0) => (_ts_language_metadata = Module["_ts_language_metadata"] = wasmExports["ts_language_metadata"])(a0);
          var _ts_language_name = Module["_ts_language_name"] = (a0) => (_ts_language_name = Module["_ts_language_name"] = wasmExports["ts_language_name"])(a0);
          var _ts_language_field_count = Module["_ts_language_field_count"] = (a0) => (_ts_language_field_count = Module["_ts_language_field_count"] = wasmExports["ts_language_field_count"])(a0);
          var _ts_language_next_state = Module["_ts_language_next_state"] = (a0, a1, a2) => (_ts_language_next_state = Module["_ts_language_next_state"] = wasmExports["ts_language_next_state"])(a0, a1, a2);
          var _ts_language_symbol_name = Module["_ts_language_symbol_name"] = (a0, a1) => (_ts_language_symbol_name = Module["_ts_language_symbol_name"] = wasmExports["ts_language_symbol_name"])(a0, a1);
          var _ts_language_symbol_for_name = Module["_ts_language_symbol_for_name"] = (a0, a1, a2, a3) => (_ts_language_symbol_for_name = Module["_ts_language_symbol_for_name"] = wasmExports["ts_language_symbol_for_name"])(a0, a1, a2, a3);
          var _strncmp = Module["_strncmp"] = (a0, a1, a2) => (_strncmp = Module["_strncmp"] = wasmExports["strncmp"])(a0, a1, a2);
          var _ts_language_symbol_type = Module["_ts_language_symbol_type"] = (a0, a1) => (_ts_language_symbol_type = Module["_ts_language_symbol_type"] = wasmExports["ts_language_symbol_type"])(a0, a1);
          var _ts_language_field_name_for_id = Module["_ts_language_field_name_for_id"] = (a0, a1) => (_ts_language_field_name_for_id = Module["_ts_language_field_name_for_id"] = wasmExports["ts_language_field_name_for_id"])(a0, a1);
          var _ts_lookahead_iterator_new = Module["_ts_lookahead_iterator_new"] = (a0, a1) => (_ts_lookahead_iterator_new = Module["_ts_lookahead_iterator_new"] = wasmExports["ts_lookahead_iterator_new"])(a0, a1);
          var _ts_lookahead_iterator_delete = Module["_ts_lookahead_iterator_delete"] = (a0) => (_ts_lookahead_iterator_delete = Module["_ts_lookahead_iterator_delete"] = wasmExports["ts_lookahead_iterator_delete"])(a0);
          var _ts_lookahead_iterator_reset_state = Module["_ts_lookahead_iterator_reset_state"] = (a0, a1) => (_ts_lookahead_iterator_reset_state = Module["_ts_lookahead_iterator_reset_state"] = wasmExports["ts_lookahead_iterator_reset_state"])(a0, a1);
          var _ts_lookahead_iterator_reset = Module["_ts_lookahead_iterator_reset"] = (a0, a1, a2) => (_ts_lookahead_iterator_reset = Module["_ts_lookahead_iterator_reset"] = wasmExports["ts_lookahead_iterator_reset"])(a0, a1, a2);
          var _ts_lookahead_iterator_next = Module["_ts_lookahead_iterator_next"] = (a0) => (_ts_lookahead_iterator_next = Module["_ts_lookahead_iterator_next"] = wasmExports["ts_lookahead_iterator_next"])(a0);
          var _ts_lookahead_iterator_current_symbol = Module["_ts_lookahead_iterator_current_symbol"] = (a0) => (_ts_lookahead_iterator_current_symbol = Module["_ts_lookahead_iterator_current_symbol"] = wasmExports["ts_lookahead_iterator_current_symbol"])(a0);
          var _memset = Module["_memset"] = (a0, a1, a2) => (_memset = Module["_memset"] = wasmExports["memset"])(a0, a1, a2);
          var _memcpy = Module["_memcpy"] = (a0, a1, a2) => (_memcpy = Module["_memcpy"] = wasmExports["memcpy"])(a0, a1, a2);
          var _ts_parser_delete = Module["_ts_parser_delete"] = (a0) => (_ts_parser_delete = Module["_ts_parser_delete"] = wasmExports["ts_parser_delete"])(a0);
          var _ts_parser_reset = Module["_ts_parser_reset"] = (a0) => (_ts_parser_reset = Module["_ts_parser_reset"] = wasmExports["ts_parser_reset"])(a0);
          var _ts_parser_set_language = Module["_ts_parser_set_language"] = (a0, a1) => (_ts_parser_set_language = Module["_ts_parser_set_language"] = wasmExports["ts_parser_set_language"])(a0, a1);
          var _ts_parser_timeout_micros = Module["_ts_parser_timeout_micros"] = (a0) => (_ts_parser_timeout_micros = Module["_ts_parser_timeout_micros"] = wasmExports["ts_parser_timeout_micros"])(a0);
          var _ts_parser_set_timeout_micros = Module["_ts_parser_set_timeout_micros"] = (a0, a1, a2) => (_ts_parser_set_timeout_micros = Module["_ts_parser_set_timeout_micros"] = wasmExports["ts_parser_set_timeout_micros"])(a0, a1, a2);
          var _ts_parser_set_included_ranges = Module["_ts_parser_set_included_ranges"] = (a0, a1, a2) => (_ts_parser_set_included_ranges = Module["_ts_parser_set_included_ranges"] = wasmExports["ts_parser_set_included_ranges"])(a0, a1, a2);
          var _memmove = Module["_memmove"] = (a0, a1, a2) => (_memmove = Module["_memmove"] = wasmExports["memmove"])(a0, a1, a2);
          var _ts_query_new = Module["_ts_query_new"] = (a0, a1, a2, a3, a4) => (_ts_query_new = Module["_ts_query_new"] = wasmExports["ts_query_new"])(a0, a1, a2, a3, a4);
          var _ts_query_delete = Module["_ts_query_delete"] = (a0) => (_ts_query_delete = Module["_ts_query_delete"] = wasmExports["ts_query_delete"])(a0);
          var _iswspace = Module["_iswspace"] = (a0) => (_iswspace = Module["_iswspace"] = wasmExports["iswspace"])(a0);
          var _iswalnum = Module["_iswalnum"] = (a0) => (_iswalnum = Module["_iswalnum"] = wasmExports["iswalnum"])(a0);
          var _ts_query_pattern_count = Module["_ts_query_pattern_count"] = (a0) => (_ts_query_pattern_count = Module["_ts_query_pattern_count"] = wasmExports["ts_query_pattern_count"])(a0);
          var _ts_query_capture_count = Module["_ts_query_capture_count"] = (a0) => (_ts_query_capture_count = Module["_ts_query_capture_count"] = wasmExports["ts_query_capture_count"])(a0);
          var _ts_query_string_count = Module["_ts_query_string_count"] = (a0) => (_ts_query_string_count = Module["_ts_query_string_count"] = wasmExports["ts_query_string_count"])(a0);
          var _ts_query_capture_name_for_id = Module["_ts_query_capture_name_for_id"] = (a0, a1, a2) => (_ts_query_capture_name_for_id = Module["_ts_query_capture_name_for_id"] = wasmExports["ts_query_capture_name_for_id"])(a0, a1, a2);
          var _ts_query_capture_quantifier_for_id = Module["_ts_query_capture_quantifier_for_id"] = (a0, a1, a2) => (_ts_query_capture_quantifier_for_id = Module["_ts_query_capture_quantifier_for_id"] = wasmExports["ts_query_capture_quantifier_for_id"])(a0, a1, a2);
          var _ts_query_string_value_for_id = Module["_ts_query_string_value_for_id"] = (a0, a1, a2) => (_ts_query_string_value_for_id = Module["_ts_query_string_value_for_id"] = wasmExports["ts_query_string_value_for_id"])(a0, a1, a2);
          var _ts_query_predicates_for_pattern = Module["_ts_query_predicates_for_pattern"] = (a0, a1, a2) => (_ts_query_predicates_for_pattern = Module["_ts_query_predicates_for_pattern"] = wasmExports["ts_query_predicates_for_pattern"])(a0, a1, a2);
          var _ts_query_start_byte_for_pattern = Module["_ts_query_start_byte_for_pattern"] = (a0, a1) => (_ts_query_start_byte_for_pattern = Module["_ts_query_start_byte_for_pattern"] = wasmExports["ts_query_start_byte_for_pattern"])(a0, a1);
          var _ts_query_end_byte_for_pattern = Module["_ts_query_end_byte_for_pattern"] = (a0, a1) => (_ts_query_end_byte_for_pattern = Module["_ts_query_end_byte_for_pattern"] = wasmExports["ts_query_end_byte_for_pattern"])(a0, a1);
          var _ts_query_is_pattern_rooted = Module["_ts_query_is_pattern_rooted"] = (a0, a1) => (_ts_query_is_pattern_rooted = Module["_ts_query_is_pattern_rooted"] = wasmExports["ts_query_is_pattern_rooted"])(a0, a1);
          var _ts_query_is_pattern_non_local = Module["_ts_query_is_pattern_non_local"] = (a0, a1) => (_ts_query_is_pattern_non_local = Module["_ts_query_is_pattern_non_local"] = wasmExports["ts_query_is_pattern_non_local"])(a0, a1);
          var _ts_query_is_pattern_guaranteed_at_step = Module["_ts_query_is_pattern_guaranteed_at_step"] = (a0, a1) => (_ts_query_is_pattern_guaranteed_at_step = Module["_ts_query_is_pattern_guaranteed_at_step"] = wasmExports["ts_query_is_pattern_guaranteed_at_step"])(a0, a1);
          var _ts_query_disable_capture = Module["_ts_query_disable_capture"] = (a0, a1, a2) => (_ts_query_disable_capture = Module["_ts_query_disable_capture"] = wasmExports["ts_query_disable_capture"])(a0, a1, a2);
          var _ts_query_disable_pattern = Module["_ts_query_disable_pattern"] = (a0, a1) => (_ts_query_disable_pattern = Module["_ts_query_disable_pattern"] = wasmExports["ts_query_disable_pattern"])(a0, a1);
          var _ts_tree_copy = Module["_ts_tree_copy"] = (a0) => (_ts_tree_copy = Module["_ts_tree_copy"] = wasmExports["ts_tree_copy"])(a0);
          var _ts_tree_delete = Module["_ts_tree_delete"] = (a0) => (_ts_tree_delete = Module["_ts_tree_delete"] = wasmExports["ts_tree_delete"])(a0);
          var _ts_init = Module["_ts_init"] = () => (_ts_init = Module["_ts_init"] = wasmExports["ts_init"])();
          var _ts_parser_new_wasm = Module["_ts_parser_new_wasm"] = () => (_ts_parser_new_wasm = Module["_ts_parser_new_wasm"] = wasmExports["ts_parser_new_wasm"])();
          var _ts_parser_enable_logger_wasm = Module["_ts_parser_enable_logger_wasm"] = (a0, a1) => (_ts_parser_enable_logger_wasm = Module["_ts_parser_enable_logger_wasm"] = wasmExports["ts_parser_enable_logger_wasm"])(a0, a1);
          var _ts_parser_parse_wasm = Module["_ts_parser_parse_wasm"] = (a0, a1, a2, a3, a4) => (_ts_parser_parse_wasm = Module["_ts_parser_parse_wasm"] = wasmExports["ts_parser_parse_wasm"])(a0, a1, a2, a3, a4);
          var _ts_parser_included_ranges_wasm = Module["_ts_parser_included_ranges_wasm"] = (a0) => (_ts_parser_included_ranges_wasm = Module["_ts_parser_included_ranges_wasm"] = wasmExports["ts_parser_included_ranges_wasm"])(a0);
          var _ts_language_type_is_named_wasm = Module["_ts_language_type_is_named_wasm"] = (a0, a1) => (_ts_language_type_is_named_wasm = Module["_ts_language_type_is_named_wasm"] = wasmExports["ts_language_type_is_named_wasm"])(a0, a1);
          var _ts_language_type_is_visible_wasm = Module["_ts_language_type_is_visible_wasm"] = (a0, a1) => (_ts_language_type_is_visible_wasm = Module["_ts_language_type_is_visible_wasm"] = wasmExports["ts_language_type_is_visible_wasm"])(a0, a1);
          var _ts_language_supertypes_wasm = Module["_ts_language_supertypes_wasm"] = (a0) => (_ts_language_supertypes_wasm = Module["_ts_language_supertypes_wasm"] = wasmExports["ts_language_supertypes_wasm"])(a0);
          var _ts_language_subtypes_wasm = Module["_ts_language_subtypes_wasm"] = (a0, a1) => (_ts_language_subtypes_wasm = Module["_ts_language_subtypes_wasm"] = wasmExports["ts_language_subtypes_wasm"])(a0, a1);
          var _ts_tree_root_node_wasm = Module["_ts_tree_root_node_wasm"] = (a0) => (_ts_tree_root_node_wasm = Module["_ts_tree_root_node_wasm"] = wasmExports["ts_tree_root_node_wasm"])(a0);
          var _ts_tree_root_node_with_offset_wasm = Module["_ts_tree_root_node_with_offset_wasm"] = (a0) => (_ts_tree_root_node_with_offset_wasm = Module["_ts_tree_root_node_with_offset_wasm"] = wasmExports["ts_tree_root_node_with_offset_wasm"])(a0);
          var _ts_tree_edit_wasm = Module["_ts_tree_edit_wasm"] = (a0) => (_ts_tree_edit_wasm = Module["_ts_tree_edit_wasm"] = wasmExports["ts_tree_edit_wasm"])(a0);
          var _ts_tree_included_ranges_wasm = Module["_ts_tree_included_ranges_wasm"] = (a0) => (_ts_tree_included_ranges_wasm = Module["_ts_tree_included_ranges_wasm"] = wasmExports["ts_tree_included_ranges_wasm"])(a0);
          var _ts_tree_get_changed_ranges_wasm = Module["_ts_tree_get_changed_ranges_wasm"] = (a0, a1) => (_ts_tree_get_changed_ranges_wasm = Module["_ts_tree_get_changed_ranges_wasm"] = wasmExports["ts_tree_get_changed_ranges_wasm"])(a0, a1);
          var _ts_tree_cursor_new_wasm = Module["_ts_tree_cursor_new_wasm"] = (a0) => (_ts_tree_cursor_new_wasm = Module["_ts_tree_cursor_new_wasm"] = wasmExports["ts_tree_cursor_new_wasm"])(a0);
          var _ts_tree_cursor_copy_wasm = Module["_ts_tree_cursor_copy_wasm"] = (a0) => (_ts_tree_cursor_copy_wasm = Module["_ts_tree_cursor_copy_wasm"] = wasmExports["ts_tree_cursor_copy_wasm"])(a0);
          var _ts_tree_cursor_delete_wasm = Module["_ts_tree_cursor_delete_wasm"] = (a0) => (_ts_tree_cursor_delete_wasm = Module["_ts_tree_cursor_delete_wasm"] = wasmExports["ts_tree_cursor_delete_wasm"])(a0);
          var _ts_tree_cursor_reset_wasm = Module["_ts_tree_cursor_reset_wasm"] = (a0) => (_ts_tree_cursor_reset_wasm = Module["_ts_tree_cursor_reset_wasm"] = wasmExports["ts_tree_cursor_reset_wasm"])(a0);
          var _ts_tree_cursor_reset_to_wasm = Module["_ts_tree_cursor_reset_to_wasm"] = (a0, a1) => (_ts_tree_cursor_reset_to_wasm = Module["_ts_tree_cursor_reset_to_wasm"] = wasmExports["ts_tree_cursor_reset_to_wasm"])(a0, a1);
          var _ts_tree_cursor_goto_first_child_wasm = Module["_ts_tree_cursor_goto_first_child_wasm"] = (a0) => (_ts_tree_cursor_goto_first_child_wasm = Module["_ts_tree_cursor_goto_first_child_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_wasm"])(a0);
          var _ts_tree_cursor_goto_last_child_wasm = Module["_ts_tree_cursor_goto_last_child_wasm"] = (a0) => (_ts_tree_cursor_goto_last_child_wasm = Module["_ts_tree_cursor_goto_last_child_wasm"] = wasmExports["ts_tree_cursor_goto_last_child_wasm"])(a0);
          var _ts_tree_cursor_goto_first_child_for_index_wasm = Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = (a0) => (_ts_tree_cursor_goto_first_child_for_index_wasm = Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_index_wasm"])(a0);
          var _ts_tree_cursor_goto_first_child_for_position_wasm = Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = (a0) => (_ts_tree_cursor_goto_first_child_for_position_wasm = Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_position_wasm"])(a0);
          var _ts_tree_cursor_goto_next_sibling_wasm = Module["_ts_tree_cursor_goto_next_sibling_wasm"] = (a0) => (_ts_tree_cursor_goto_next_sibling_wasm = Module["_ts_tree_cursor_goto_next_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_next_sibling_wasm"])(a0);
          var _ts_tree_cursor_goto_previous_sibling_wasm = Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = (a0) => (_ts_tree_cursor_goto_previous_sibling_wasm = Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_previous_sibling_wasm"])(a0);
          var _ts_tree_cursor_goto_descendant_wasm = Module["_ts_tree_cursor_goto_descendant_wasm"] = (a0, a1) => (_ts_tree_cursor_goto_descendant_wasm = Module["_ts_tree_cursor_goto_descendant_wasm"] = wasmExports["ts_tree_cursor_goto_descendant_wasm"])(a0, a1);
          var _ts_tree_cursor_goto_parent_wasm = Module["_ts_tree_cursor_goto_parent_wasm"] = (a0) => (_ts_tree_cursor_goto_parent_wasm = Module["_ts_tree_cursor_goto_parent_wasm"] = wasmExports["ts_tree_cursor_goto_parent_wasm"])(a0);
          var _ts_tree_cursor_current_node_type_id_wasm = Module["_ts_tree_cursor_current_node_type_id_wasm"] = (a0) => (_ts_tree_cursor_current_node_type_id_wasm = Module["_ts_tree_cursor_current_node_type_id_wasm"] = wasmExports["ts_tree_cursor_current_node_type_id_wasm"])(a0);
          var _ts_tree_cursor_current_node_state_id_wasm = Module["_ts_tree_cursor_current_node_state_id_wasm"] = (a0) => (_ts_tree_cursor_current_node_state_id_wasm = Module["_ts_tree_cursor_current_node_state_id_wasm"] = wasmExports["ts_tree_cursor_current_node_state_id_wasm"])(a0);
          var _ts_tree_cursor_current_node_is_named_wasm = Module["_ts_tree_cursor_current_node_is_named_wasm"] = (a0) => (_ts_tree_cursor_current_node_is_named_wasm = Module["_ts_tree_cursor_current_node_is_named_wasm"] = wasmExports["ts_tree_cursor_current_node_is_named_wasm"])(a0);
          var _ts_tree_cursor_current_node_is_missing_wasm = Module["_ts_tree_cursor_current_node_is_missing_wasm"] = (a0) => (_ts_tree_cursor_current_node_is_missing_wasm = Module["_ts_tree_cursor_current_node_is_missing_wasm"] = wasmExports["ts_tree_cursor_current_node_is_missing_wasm"])(a0);
          var _ts_tree_cursor_current_node_id_wasm = Module["_ts_tree_cursor_current_node_id_wasm"] = (a0) => (_ts_tree_cursor_current_node_id_wasm = Module["_ts_tree_cursor_current_node_id_wasm"] = wasmExports["ts_tree_cursor_current_node_id_wasm"])(a0);
          var _ts_tree_cursor_start_position_wasm = Module["_ts_tree_cursor_start_position_wasm"] = (a0) => (_ts_tree_cursor_start_position_wasm = Module["_ts_tree_cursor_start_position_wasm"] = wasmExports["ts_tree_cursor_start_position_wasm"])(a0);
          var _ts_tree_cursor_end_position_wasm = Module["_ts_tree_cursor_end_position_wasm"] = (a0) => (_ts_tree_cursor_end_position_wasm = Module["_ts_tree_cursor_end_position_wasm"] = wasmExports["ts_tree_cursor_end_position_wasm"])(a0);
          var _ts_tree_cursor_start_index_wasm = Module["_ts_tree_cursor_start_index_wasm"] = (a0) => (_ts_tree_cursor_start_index_wasm = Module["_ts_tree_cursor_start_index_wasm"] = wasmExports["ts_tree_cursor_start_index_wasm"])(a0);
          var _ts_tree_cursor_end_index_wasm = Module["_ts_tree_cursor_end_index_wasm"] = (a0) => (_ts_tree_cursor_end_index_wasm = Module["_ts_tree_cursor_end_index_wasm"] = wasmExports["ts_tree_cursor_end_index_wasm"])(a0);
          var _ts_tree_cursor_current_field_id_wasm = Module["_ts_tree_cursor_current_field_id_wasm"] = (a0) => (_ts_tree_cursor_current_field_id_wasm = Module["_ts_tree_cursor_current_field_id_wasm"] = wasmExports["ts_tree_cursor_current_field_id_wasm"])(a0);
          var _ts_tree_cursor_current_depth_wasm = Module["_ts_tree_cursor_current_depth_wasm"] = (a0) => (_ts_tree_cursor_current_depth_wasm = Module["_ts_tree_cursor_current_depth_wasm"] = wasmExports["ts_tree_cursor_current_depth_wasm"])(a0);
          var _ts_tree_cursor_current_descendant_index_wasm = Module["_ts_tree_cursor_current_descendant_index_wasm"] = (a0) => (_ts_tree_cursor_current_descendant_index_wasm = Module["_ts_tree_cursor_current_descendant_index_wasm"] = wasmExports["ts_tree_cursor_current_descendant_index_wasm"])(a0);
          var _ts_tree_cursor_current_node_wasm = Module["_ts_tree_cursor_current_node_wasm"] = (a0) => (_ts_tree_cursor_current_node_wasm = Module["_ts_tree_cursor_current_node_wasm"] = wasmExports["ts_tree_cursor_current_node_wasm"])(a0);
          var _ts_node_symbol_wasm = Module["_ts_node_symbol_wasm"] = (a0) => (_ts_node_symbol_wasm = Module["_ts_node_symbol_wasm"] = wasmExports["ts_node_symbol_wasm"])(a0);
          var _ts_node_field_name_for_child_wasm = Module["_ts_node_field_name_for_child_wasm"] = (a0, a1) => (_ts_node_field_name_for_child_wasm = Module["_ts_node_field_name_for_child_wasm"] = wasmExports["ts_node_field_name_for_child_wasm"])(a0, a1);
          var _ts_node_field_name_for_named_child_wasm = Module["_ts_node_field_name_for_named_child_wasm"] = (a0, a1) => (_ts_node_field_name_for_named_child_wasm = Module["_ts_node_field_name_for_named_child_wasm"] = wasmExports["ts_node_field_name_for_named_child_wasm"])(a0, a1);
          var _ts_node_children_by_field_id_wasm = Module["_ts_node_children_by_field_id_wasm"] = (a0, a1) => (_ts_node_children_by_field_id_wasm = Module["_ts_node_children_by_field_id_wasm"] = wasmExports["ts_node_children_by_field_id_wasm"])(a0, a1);
          var _ts_node_first_child_for_byte_wasm = Module["_ts_node_first_child_for_byte_wasm"] = (a0) => (_ts_node_first_child_for_byte_wasm = Module["_ts_node_first_child_for_byte_wasm"] = wasmExports["ts_node_first_child_for_byte_wasm"])(a0);
          var _ts_node_first_named_child_for_byte_wasm = Module["_ts_node_first_named_child_for_byte_wasm"] = (a0) => (_ts_node_first_named_child_for_byte_wasm = Module["_ts_node_first_named_child_for_byte_wasm"] = wasmExports["ts_node_first_named_child_for_byte_wasm"])(a0);
          var _ts_node_grammar_symbol_wasm = Module["_ts_node_grammar_symbol_wasm"] = (a0) => (_ts_node_grammar_symbol_wasm = Module["_ts_node_grammar_symbol_wasm"] = wasmExports["ts_node_grammar_symbol_wasm"])(a0);
          var _ts_node_child_count_wasm = Module["_ts_node_child_count_wasm"] = (a0) => (_ts_node_child_count_wasm = Module["_ts_node_child_count_wasm"] = wasmExports["ts_node_child_count_wasm"])(a0);
          var _ts_node_named_child_count_wasm = Module["_ts_node_named_child_count_wasm"] = (a0) => (_ts_node_named_child_count_wasm = Module["_ts_node_named_child_count_wasm"] = wasmExports["ts_node_named_child_count_wasm"])(a0);
          var _ts_node_child_wasm = Module["_ts_node_child_wasm"] = (a0, a1) => (_ts_node_child_wasm = Module["_ts_node_child_wasm"] = wasmExports["ts_node_child_wasm"])(a0, a1);
          var _ts_node_named_child_wasm = Module["_ts_node_named_child_wasm"] = (a0, a1) => (_ts_node_named_child_wasm = Module["_ts_node_named_child_wasm"] = wasmExports["ts_node_named_child_wasm"])(a0, a1);
          var _ts_node_child_by_field_id_wasm = Module["_ts_node_child_by_field_id_wasm"] = (a0, a1) => (_ts_node_child_by_field_id_wasm = Module["_ts_node_child_by_field_id_wasm"] = wasmExports["ts_node_child_by_field_id_wasm"])(a0, a1);
          var _ts_node_next_sibling_wasm = Module["_ts_node_next_sibling_wasm"] = (a0) => (_ts_node_next_sibling_wasm = Module["_ts_node_next_sibling_wasm"] = wasmExports["ts_node_next_sibling_wasm"])(a0);
          var _ts_node_prev_sibling_wasm = Module["_ts_node_prev_sibling_wasm"] = (a0) => (_ts_node_prev_sibling_wasm = Module["_ts_node_prev_sibling_wasm"] = wasmExports["ts_node_prev_sibling_wasm"])(a0);
          var _ts_node_next_named_sibling_wasm = Module["_ts_node_next_named_sibling_wasm"] = (a0) => (_ts_node_next_named_sibling_wasm = Module["_ts_node_next_named_sibling_wasm"] = wasmExports["ts_node_next_named_sibling_wasm"])(a0);
          var _ts_node_prev_named_sibling_wasm = Module["_ts_node_prev_named_sibling_wasm"] = (a0) => (_ts_node_prev_named_sibling_wasm = Module["_ts_node_prev_named_sibling_wasm"] = wasmExports["ts_node_prev_named_sibling_wasm"])(a0);
          var _ts_node_descendant_count_wasm = Module["_ts_node_descendant_count_wasm"] = (a0) => (_ts_node_descendant_count_wasm = Module["_ts_node_descendant_count_wasm"] = wasmExports["ts_node_descendant_count_wasm"])(a0);
          var _ts_node_parent_wasm = Module["_ts_node_parent_wasm"] = (a0) => (_ts_node_parent_wasm = Module["_ts_node_parent_wasm"] = wasmExports["ts_node_parent_wasm"])(a0);
          var _ts_node_child_with_descendant_wasm = Module["_ts_node_child_with_descendant_wasm"] = (a0) => (_ts_node_child_with_descendant_wasm = Module["_ts_node_child_with_descendant_wasm"] = wasmExports["ts_node_child_with_descendant_wasm"])(a0);
          var _ts_node_descendant_for_index_wasm = Module["_ts_node_descendant_for_index_wasm"] = (a0) => (_ts_node_descendant_for_index_wasm = Module["_ts_node_descendant_for_index_wasm"] = wasmExports["ts_node_descendant_for_index_wasm"])(a0);
          var _ts_node_named_descendant_for_index_wasm = Module["_ts_node_named_descendant_for_index_wasm"] = (a0) => (_ts_node_named_descendant_for_index_wasm = Module["_ts_node_named_descendant_for_index_wasm"] = wasmExports["ts_node_named_descendant_for_index_wasm"])(a0);
          var _ts_node_descendant_for_position_wasm = Module["_ts_node_descendant_for_position_wasm"] = (a0) => (_ts_node_descendant_for_position_wasm = Module["_ts_node_descendant_for_position_wasm"] = wasmExports["ts_node_descendant_for_position_wasm"])(a0);
          var _ts_node_named_descendant_for_position_wasm = Module["_ts_node_named_descendant_for_position_wasm"] = (a0) => (_ts_node_named_descendant_for_position_wasm = Module["_ts_node_named_descendant_for_position_wasm"] = wasmExports["ts_node_named_descendant_for_position_wasm"])(a0);
          var _ts_node_start_point_wasm = Module["_ts_node_start_point_wasm"] = (a0) => (_ts_node_start_point_wasm = Module["_ts_node_start_point_wasm"] = wasmExports["ts_node_start_point_wasm"])(a0);
          var _ts_node_end_point_wasm = Module["_ts_node_end_point_wasm"] = (a0) => (_ts_node_end_point_wasm = Module["_ts_node_end_point_wasm"] = wasmExports["ts_node_end_point_wasm"])(a0);
          var _ts_node_start_index_wasm = Module["_ts_node_start_index_wasm"] = (a0) => (_ts_node_start_index_wasm = Module["_ts_node_start_index_wasm"] = wasmExports["ts_node_start_index_wasm"])(a0);
          var _ts_node_end_index_wasm = Module["_ts_node_end_index_wasm"] = (a0) => (_ts_node_end_index_wasm = Module["_ts_node_end_index_wasm"] = wasmExports["ts_node_end_index_wasm"])(a0);
          var _ts_node_to_string_wasm = Module["_ts_node_to_string_wasm"] = (a0) => (_ts_node_to_string_wasm = Module["_ts_node_to_string_wasm"] = wasmExports["ts_node_to_string_wasm"])(a0);
          var _ts_node_children_wasm = Module["_ts_node_children_wasm"] = (a0) => (_ts_node_children_wasm = Module["_ts_node_children_wasm"] = wasmExports["ts_node_children_wasm"])(a0);
          var _ts_node_named_children_wasm = Module["_ts_node_named_children_wasm"] = (a0) => (_ts_node_named_children_wasm = Module["_ts_node_named_children_wasm"] = wasmExports["ts_node_named_children_wasm"])(a0);
          var _ts_node_descendants_of_type_wasm = Module["_ts_node_descendants_of_type_wasm"] = (a0, a1, a2, a3, a4, a5, a6) => (_ts_node_descendants_of_type_wasm = Module["_ts_node_descendants_of_type_wasm"] = wasmExports["ts_node_descendants_of_type_wasm"])(a0, a1, a2, a3, a4, a5, a6);
          var _ts_node_is_named_wasm = Module["_ts_node_is_named_wasm"] = (a0) => (_ts_node_is_named_wasm = Module["_ts_node_is_named_wasm"] = wasmExports["ts_node_is_named_wasm"])(a0);
          var _ts_node_has_changes_wasm = Module["_ts_node_has_changes_wasm"] = (a0) => (_ts_node_has_changes_wasm = Module["_ts_node_has_changes_wasm"] = wasmExports["ts_node_has_changes_wasm"])(a0);
          var _ts_node_has_error_wasm = Module["_ts_node_has_error_wasm"] = (a0) => (_ts_node_has_error_wasm = Module["_ts_node_has_error_wasm"] = wasmExports["ts_node_has_error_wasm"])(a0);
          var _ts_node_is_error_wasm = Module["_ts_node_is_error_wasm"] = (a0) => (_ts_node_is_error_wasm = Module["_ts_node_is_error_wasm"] = wasmExports["ts_node_is_error_wasm"])(a0);
          var _ts_node_is_missing_wasm = Module["_ts_node_is_missing_wasm"] = (a0) => (_ts_node_is_missing_wasm = Module["_ts_node_is_missing_wasm"] = wasmExports["ts_node_is_missing_wasm"])(a0);
          var _ts_node_is_extra_wasm = Module["_ts_node_is_extra_wasm"] = (a0) => (_ts_node_is_extra_wasm = Module["_ts_node_is_extra_wasm"] = wasmExports["ts_node_is_extra_wasm"])(a0);
          var _ts_node_parse_state_wasm = Module["_ts_node_parse_state_wasm"] = (a0) => (_ts_node_parse_state_wasm = Module["_ts_node_parse_state_wasm"] = wasmExports["ts_node_parse_state_wasm"])(a0);
          var _ts_node_next_parse_state_wasm = Module["_ts_node_next_parse_state_wasm"] = (a0) => (_ts_node_next_parse_state_wasm = Module["_ts_node_next_parse_state_wasm"] = wasmExports["ts_node_next_parse_state_wasm"])(a0);
          var _ts_query_matches_wasm = Module["_ts_query_matches_wasm"] = (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10) => (_ts_query_matches_wasm = Module["_ts_query_matches_wasm"] = wasmExports["ts_query_matches_wasm"])(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
          var _ts_query_captures_wasm = Module["_ts_query_captures_wasm"] = (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10) => (_ts_query_captures_wasm = Module["_ts_query_captures_wasm"] = wasmExports["ts_query_captures_wasm"])(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
          var _iswalpha = Module["_iswalpha"] = (a0) => (_iswalpha = Module["_iswalpha"] = wasmExports["iswalpha"])(a0);
          var _iswblank = Module["_iswblank"] = (a0) => (_iswblank = Module["_iswblank"] = wasmExports["iswblank"])(a0);
          var _iswdigit = Module["_iswdigit"] = (a0) => (_iswdigit = Module["_iswdigit"] = wasmExports["iswdigit"])(a0);
          var _iswlower = Module["_iswlower"] = (a0) => (_iswlower = Module["_iswlower"] = wasmExports["iswlower"])(a0);
          var _iswupper = Module["_iswupper"] = (a0) => (_iswupper = Module["_iswupper"] = wasmExports["iswupper"])(a0);
          var _iswxdigit = Module["_iswxdigit"] = (a0) => (_iswxdigit = Module["_iswxdigit"] = wasmExports["iswxdigit"])(a0);
          var _memchr = Module["_memchr"] = (a0, a1, a2) => (_memchr = Module["_memchr"] = wasmExports["memchr"])(a0, a1, a2);
          var _strlen = Module["_strlen"] = (a0) => (_strlen = Module["_strlen"] = wasmExports["strlen"])(a0);
          var _strcmp = Module["_strcmp"] = (a0, a1) => (_strcmp = Module["_strcmp"] = wasmExports["strcmp"])(a0, a1);
          var _strncat = Module["_strncat"] = (a0, a1, a2) => (_strncat = Module["_strncat"] = wasmExports["strncat"])(a0, a1, a2);
          var _strncpy = Module["_strncpy"] = (a0, a1, a2) => (_strncpy = Module["_strncpy"] = wasmExports["strncpy"])(a0, a1, a2);
          var _towlower = Module["_towlower"] = (a0) => (_towlower = Module["_towlower"] = wasmExports["towlower"])(a0);
          var _towupper = Module["_towupper"] = (a0) => (_towupper = Module["_towupper"] = wasmExports["towupper"])(a0);
          var _setThrew = /* @__PURE__ */ __name((a0, a1) => (_setThrew = wasmExports["setThrew"])(a0, a1), "_setThrew");
          var __emscripten_stack_restore = /* @__PURE__ */ __name((a0) => (__emscripten_stack_restore = wasmExports["_emscripten_stack_restore"])(a0), "__emscripten_stack_restore");
          var __emscripten_stack_alloc = /* @__PURE__ */ __name((a0) => (__emscripten_stack_alloc = wasmExports["_emscripten_stack_alloc"])(a0), "__emscripten_stack_alloc");
          var _emscripten_stack_get_current = /* @__PURE__ */ __name(() => (_emscripten_stack_get_current = wasmExports["emscripten_stack_get_current"])(), "_emscripten_stack_get_current");
          var dynCall_jiji = Module["dynCall_jiji"] = (a0, a1, a2, a3, a4) => (dynCall_jiji = Module["dynCall_jiji"] = wasmExports["dynCall_jiji"])(a0, a1, a2, a3, a4);
          var _orig$ts_parser_timeout_micros = Module["_orig$ts_parser_timeout_micros"] = (a0) => (_orig$ts_parser_timeout_micros = Module["_orig$ts_parser_timeout_micros"] = wasmExports["orig$ts_parser_timeout_micros"])(a0);
          var _orig$ts_parser_set_timeout_micros = Module["_orig$ts_parser_set_timeout_micros"] = (a0, a1) => (_orig$ts_parser_set_timeout_micros = Module["_orig$ts_parser_set_timeout_micros"] = wasmExports["orig$ts_parser_set_timeout_micros"])(a0, a1);
          Module["setValue"] = setValue;
          Module["getValue"] = getValue;
          Module["UTF8ToString"] = UTF8ToString;
          Module["stringToUTF8"] = stringToUTF8;
          Module["lengthBytesUTF8"] = lengthBytesUTF8;
          Module["AsciiToString"] = AsciiToString;
          Module["stringToUTF16"] = stringToUTF16;
          Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
          var calledRun;
          dependenciesFulfilled = /* @__PURE__ */ __name(function runCaller() {
            if (!calledRun) run();
            if (!calledRun) dependenciesFulfilled = runCaller;
          }, "runCaller");
          function callMain(args2 = []) {
            var entryFunction = resolveGlobalSymbol("main").sym;
            if (!entryFunction) return;
            args2.unshift(thisProgram);
            var argc = args2.length;
            var argv = stackAlloc((argc + 1) * 4);
            var argv_ptr = argv;
            args2.forEach((arg) => {
              LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
              argv_ptr += 4;
            });
            LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
            try {
              var ret = entryFunction(argc, argv);
              exitJS(
                ret,
                /* implicit = */
                true
              );
              return ret;
            } catch (e) {
              return handleException(e);
            }
          }
          __name(callMain, "callMain");
          function run(args2 = arguments_) {
            if (runDependencies > 0) {
              return;
            }
            preRun();
            if (runDependencies > 0) {
              return;
            }
            function doRun() {
              if (calledRun) return;
              calledRun = true;
              Module["calledRun"] = true;
              if (ABORT) return;
              initRuntime();
              preMain();
              readyPromiseResolve(Module);
              Module["onRuntimeInitialized"]?.();
              if (shouldRunNow) callMain(args2);
              postRun();
            }
            __name(doRun, "doRun");
            if (Module["setStatus"]) {
              Module["setStatus"]("Running...");
              setTimeout(function() {
                setTimeout(function() {
                  Module["setStatus"]("");
                }, 1);
                doRun();
              }, 1);
            } else {
              doRun();
            }
          }
          __name(run, "run");
          if (Module["preInit"]) {
            if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
            while (Module["preInit"].length > 0) {
              Module["preInit"].pop()();
            }
          }
          var shouldRunNow = true;
          if (Module["noInitialRun"]) shouldRunNow = false;
          run();
          moduleRtn = readyPromise;
          return moduleRtn;
        };
      })();
      var tree_sitter_default = Module2;
      var Module3 = null;
      async function initializeBinding(moduleOptions) {
        if (!Module3) {
          Module3 = await tree_sitter_default(moduleOptions);
        }
        return Module3;
      }
      __name(initializeBinding, "initializeBinding");
      function checkModule() {
        return !!Module3;
      }
      __name(checkModule, "checkModule");
      var TRANSFER_BUFFER;
      var LANGUAGE_VERSION;
      var MIN_COMPATIBLE_VERSION;
      var Parser = class {
        static {
          __name(this, "Parser");
        }
        /** @internal */
        [0] = 0;
        // Internal handle for WASM
        /** @internal */
        [1] = 0;
        // Internal handle for WASM
        /** @internal */
        logCallback = null;
        /** The parser's current language. */
        language = null;
        /**
         * This must always be called before creating a Parser.
         *
         * You can optionally pass in options to configure the WASM module, the most common
         * one being `locateFile` to help the module find the `.wasm` file.
         */
        static async init(moduleOptions) {
          setModule(await initializeBinding(moduleOptions));
          TRANSFER_BUFFER = C._ts_init();
          LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
          MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        }
        /**
         * Create a new parser.
         */
        constructor() {
          this.initialize();
        }
        /** @internal */
        initialize() {
          if (!checkModule()) {
            throw new Error("cannot construct a Parser before calling `init()`");
          }
          C._ts_parser_new_wasm();
          this[0] = C.getValue(TRANSFER_BUFFER, "i32");
          this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        }
        /** Delete the parser, freeing its resources. */
        delete() {
          C._ts_parser_delete(this[0]);
          C._free(this[1]);
          this[0] = 0;
          this[1] = 0;
        }
        /**
         * Set the language that the parser should use for parsing.
         *
         * If the language was not successfully assigned, an error will be thrown.
         * This happens if the language was generated with an incompatible
         * version of the Tree-sitter CLI. Check the language's version using
         * {@link Language#version} and compare it to this library's
         * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
         */
        setLanguage(language) {
          let address;
          if (!language) {
            address = 0;
            this.language = null;
          } else if (language.constructor === Language) {
            address = language[0];
            const version2 = C._ts_language_version(address);
            if (version2 < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version2) {
              throw new Error(
                `Incompatible language version ${version2}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
              );
            }
            this.language = language;
          } else {
            throw new Error("Argument must be a Language");
          }
          C._ts_parser_set_language(this[0], address);
          return this;
        }
        /**
         * Parse a slice of UTF8 text.
         *
         * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
         *
         * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
         *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
         *   the new text using {@link Tree#edit}.
         *
         * @param {ParseOptions} [options] - Options for parsing the text.
         *  This can be used to set the included ranges, or a progress callback.
         *
         * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
         *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
         *  - The progress callback returned true.
         */
        parse(callback, oldTree, options) {
          if (typeof callback === "string") {
            C.currentParseCallback = (index) => callback.slice(index);
          } else if (typeof callback === "function") {
            C.currentParseCallback = callback;
          } else {
            throw new Error("Argument must be a string or a function");
          }
          if (options?.progressCallback) {
            C.currentProgressCallback = options.progressCallback;
          } else {
            C.currentProgressCallback = null;
          }
          if (this.logCallback) {
            C.currentLogCallback = this.logCallback;
            C._ts_parser_enable_logger_wasm(this[0], 1);
          } else {
            C.currentLogCallback = null;
            C._ts_parser_enable_logger_wasm(this[0], 0);
          }
          let rangeCount = 0;
          let rangeAddress = 0;
          if (options?.includedRanges) {
            rangeCount = options.includedRanges.length;
            rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
            let address = rangeAddress;
            for (let i2 = 0; i2 < rangeCount; i2++) {
              marshalRange(address, options.includedRanges[i2]);
              address += SIZE_OF_RANGE;
            }
          }
          const treeAddress = C._ts_parser_parse_wasm(
            this[0],
            this[1],
            oldTree ? oldTree[0] : 0,
            rangeAddress,
            rangeCount
          );
          if (!treeAddress) {
            C.currentParseCallback = null;
            C.currentLogCallback = null;
            C.currentProgressCallback = null;
            return null;
          }
          if (!this.language) {
            throw new Error("Parser must have a language to parse");
          }
          const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
          C.currentParseCallback = null;
          C.currentLogCallback = null;
          C.currentProgressCallback = null;
          return result;
        }
        /**
         * Instruct the parser to start the next parse from the beginning.
         *
         * If the parser previously failed because of a timeout, cancellation,
         * or callback, then by default, it will resume where it left off on the
         * next call to {@link Parser#parse} or other parsing functions.
         * If you don't want to resume, and instead intend to use this parser to
         * parse some other document, you must call `reset` first.
         */
        reset() {
          C._ts_parser_reset(this[0]);
        }
        /** Get the ranges of text that the parser will include when parsing. */
        getIncludedRanges() {
          C._ts_parser_included_ranges_wasm(this[0]);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          const result = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              result[i2] = unmarshalRange(address);
              address += SIZE_OF_RANGE;
            }
            C._free(buffer);
          }
          return result;
        }
        /**
         * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
         *
         * Get the duration in microseconds that parsing is allowed to take.
         *
         * This is set via {@link Parser#setTimeoutMicros}.
         */
        getTimeoutMicros() {
          return C._ts_parser_timeout_micros(this[0]);
        }
        /**
         * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
         *
         * Set the maximum duration in microseconds that parsing should be allowed
         * to take before halting.
         *
         * If parsing takes longer than this, it will halt early, returning `null`.
         * See {@link Parser#parse} for more information.
         */
        setTimeoutMicros(timeout) {
          C._ts_parser_set_timeout_micros(this[0], 0, timeout);
        }
        /** Set the logging callback that a parser should use during parsing. */
        setLogger(callback) {
          if (!callback) {
            this.logCallback = null;
          } else if (typeof callback !== "function") {
            throw new Error("Logger callback must be a function");
          } else {
            this.logCallback = callback;
          }
          return this;
        }
        /** Get the parser's current logger. */
        getLogger() {
          return this.logCallback;
        }
      };
      return {
        CaptureQuantifier,
        LANGUAGE_VERSION,
        Language,
        LookaheadIterator,
        MIN_COMPATIBLE_VERSION,
        Node,
        Parser,
        Query,
        Tree,
        TreeCursor
      };
    }));
  }
});

// core/scan/worker.ts
var import_node_path4 = require("node:path");
var import_node_worker_threads = require("node:worker_threads");

// core/scan/parser.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_path = require("node:path");
var import_tree_sitter_wasm = __toESM(require_tree_sitter());
var GRAMMAR_OF_EXTENSION = {
  py: "python",
  pyi: "python",
  js: "javascript",
  mjs: "javascript",
  cjs: "javascript",
  jsx: "javascript",
  ts: "typescript",
  mts: "typescript",
  cts: "typescript",
  tsx: "tsx"
};
function grammarOf(path2) {
  const dot = path2.lastIndexOf(".");
  return dot < 0 ? void 0 : GRAMMAR_OF_EXTENSION[path2.slice(dot + 1).toLowerCase()];
}
var SHEBANG = /^#![^\n]*?\b(python[\d.]*|node(?:js)?|bun|deno|ts-node|tsx)(?=\s|$)/;
var SCRIPT_GRAMMAR = { node: "javascript", nodejs: "javascript", bun: "javascript", deno: "typescript", "ts-node": "typescript", tsx: "typescript" };
function scriptGrammar(head) {
  const runs = SHEBANG.exec(head)?.[1];
  return runs === void 0 ? void 0 : runs.startsWith("python") ? "python" : SCRIPT_GRAMMAR[runs];
}
var SHEBANG_BYTES = 256;
function extensionless(path2) {
  return !path2.slice(path2.lastIndexOf("/") + 1).includes(".");
}
function languageOf(grammar) {
  return grammar === "python" ? "python" : "javascript";
}
function wasmDir() {
  const bundled = (0, import_node_path.join)(__dirname, "wasm");
  if ((0, import_node_fs.existsSync)((0, import_node_path.join)(bundled, "tree-sitter.wasm"))) return bundled;
  const require2 = (0, import_node_module.createRequire)((0, import_node_path.join)(__dirname, "noop.js"));
  return (0, import_node_path.join)((0, import_node_path.dirname)(require2.resolve("@vscode/tree-sitter-wasm/package.json")), "wasm");
}
var GRAMMARS = ["python", "javascript", "typescript", "tsx"];
var runtime;
var languageLoads = /* @__PURE__ */ new Map();
var languages = {};
async function loadGrammars(wanted = GRAMMARS, from) {
  runtime ??= (async () => {
    const dir2 = from ?? wasmDir();
    await import_tree_sitter_wasm.Parser.init({ locateFile: (file2) => (0, import_node_path.join)(dir2, file2) });
    return { parser: new import_tree_sitter_wasm.Parser(), dir: dir2 };
  })();
  runtime.catch(() => runtime = void 0);
  const { parser, dir } = await runtime;
  await Promise.all(
    wanted.map((grammar) => {
      let load = languageLoads.get(grammar);
      if (!load) {
        load = import_tree_sitter_wasm.Language.load(new Uint8Array((0, import_node_fs.readFileSync)((0, import_node_path.join)(dir, `tree-sitter-${grammar}.wasm`)))).then((language) => languages[grammar] = language);
        languageLoads.set(grammar, load);
        load.catch(() => languageLoads.delete(grammar));
      }
      return load;
    })
  );
  return { parser, languages };
}

// core/scan/project.ts
var import_node_path3 = require("node:path");

// core/scan/aliases.ts
var import_node_path2 = require("node:path");
function aliasCandidates(aliases, specifier) {
  const matches = [];
  for (const [pattern, targets] of aliases.paths) {
    const star = pattern.indexOf("*");
    if (star < 0) {
      if (pattern === specifier) matches.push([pattern.length, targets, ""]);
      continue;
    }
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix)) matches.push([prefix.length, targets, specifier.slice(prefix.length, specifier.length - suffix.length)]);
  }
  matches.sort((a, b) => b[0] - a[0]);
  const out2 = matches.flatMap(([, targets, star]) => targets.map((t) => import_node_path2.posix.normalize(import_node_path2.posix.join(aliases.base, t.replace("*", star)))));
  if (aliases.baseUrl) out2.push(import_node_path2.posix.normalize(import_node_path2.posix.join(aliases.base, specifier)));
  return out2.filter((p) => !p.startsWith("..") && !import_node_path2.posix.isAbsolute(p));
}

// core/scan/resolve.ts
var NOTHING = "<nothing>";
var OBJECT = "<object>";
var FILE_CLASS = "<class>";
var ANY_ENTRY = "[]";
function called(path2, call2) {
  if (!path2?.returns) return void 0;
  const { returns: _, ...value } = path2;
  return through(value, call2);
}
function through(path2, node2, tracked = true) {
  return { ...path2, via: [{ start: node2.startIndex, end: node2.endIndex, tracked }, ...path2.via ?? []].slice(0, MAX_HOPS) };
}
function shiftPath(path2, from, delta) {
  const properties = path2.properties && Object.fromEntries(Object.entries(path2.properties).map(([key, value]) => [key, shiftPath(value, from, delta)]));
  const moved = properties ? { ...path2, properties } : path2;
  if (!path2.via?.some((hop2) => !hop2.placed && hop2.start >= from)) return moved;
  return { ...moved, via: path2.via.map((hop2) => !hop2.placed && hop2.start >= from ? { ...hop2, start: hop2.start + delta, end: hop2.end + delta } : hop2) };
}
function stepAcross(path2, offset) {
  if (path2.via?.some((hop2) => !hop2.placed && hop2.start < offset && hop2.end > offset)) return true;
  return path2.properties !== void 0 && Object.values(path2.properties).some((value) => stepAcross(value, offset));
}
var MAX_HOPS = 8;
var ScopeIndex = class _ScopeIndex {
  constructor(rootId) {
    this.rootId = rootId;
  }
  rootId;
  nodes = [];
  parents = [];
  /** `classBody`: a Python class, whose names are seen by code directly in its body but not by its methods. */
  add(node2, classBody = false) {
    this.nodes.push({ start: node2.startIndex, end: node2.endIndex, id: node2.id, classBody });
  }
  /** Call once after every add(): orders the ranges and links each to its enclosing range. */
  seal() {
    this.nodes.sort((a, b) => a.start - b.start || b.end - a.end);
    const stack = [];
    this.parents = this.nodes.map((n, i2) => {
      while (stack.length && this.nodes[stack[stack.length - 1]].end <= n.start) stack.pop();
      const parent = stack.length ? stack[stack.length - 1] : -1;
      stack.push(i2);
      return parent;
    });
  }
  /** Scope ids enclosing `offset`, innermost first, ending with the file; `skip` leaves out one scope (a definition's own). */
  *chain(offset, skip) {
    let lo = 0;
    let hi = this.nodes.length - 1;
    let i2 = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (this.nodes[mid].start <= offset) i2 = mid, lo = mid + 1;
      else hi = mid - 1;
    }
    let innermost = true;
    for (; i2 >= 0; i2 = this.parents[i2]) {
      const n = this.nodes[i2];
      if (n.end <= offset || n.id === skip || n.classBody && !innermost) continue;
      innermost = false;
      yield n.id;
    }
    yield this.rootId;
  }
  /**
   * After an edit of whole statements: the scopes of the old text [start, oldEnd) give way to `region`'s
   * (the statements' own scope indexes, under fresh ids no node of any tree has), those after move by
   * `delta`, those around stretch. False when a scope straddles an edge (then nothing changed).
   */
  replace(start2, oldEnd, delta, region) {
    if (this.nodes.some((n) => n.start < start2 && n.end > start2 && n.end < oldEnd || n.start >= start2 && n.start < oldEnd && n.end > oldEnd)) return false;
    const fresh = region.flatMap((r) => r.nodes.map((n) => ({ ...n, id: --_ScopeIndex.regionIds })));
    const kept = this.nodes.filter((n) => n.start < start2 || n.start >= oldEnd);
    for (const n of kept) {
      if (n.start >= oldEnd) n.start += delta;
      if (n.end > start2) n.end += delta;
    }
    this.nodes = [...kept, ...fresh];
    this.seal();
    return true;
  }
  /** Ids of scopes made by replace(): negative, so never a node's. */
  static regionIds = 0;
  scopeAt(offset, skip) {
    return this.chain(offset, skip).next().value;
  }
};
var OFFERED_SLOT = new RegExp(String.raw`^[\w$]+\.(?:prototype\.)?(?:[\w$]+|${ANY_ENTRY.replace(/[[\]]/g, "\\$&")})$`);
var INSTANCE_ROOTS = /* @__PURE__ */ new Set(["this", "self", "cls", "module", "exports"]);
var Bindings = class {
  constructor(scopes, globals = () => void 0, deferred = () => false) {
    this.scopes = scopes;
    this.globals = globals;
    this.deferred = deferred;
  }
  scopes;
  globals;
  deferred;
  table = /* @__PURE__ */ new Map();
  /** Names that have a binding anywhere: the cheap first test for every call. */
  names = /* @__PURE__ */ new Set();
  /** Names bound somewhere other than the file scope, or shadowed somewhere: these need the scope walk. */
  scoped = /* @__PURE__ */ new Set();
  /** The scope a node belongs to; for a definition's name pass the definition, whose own scope is skipped. */
  scopeOf(node2, definition) {
    return definition ? this.scopes.scopeAt(definition.startIndex, definition.id) : this.scopes.scopeAt(node2.startIndex);
  }
  /** `star`: the offset of the star import that binds the name (shadowStar). */
  bind(scope, name2, path2, star) {
    const key = `${scope}\0${name2}`;
    const existing = this.table.get(key);
    if (existing?.path) return;
    this.table.set(key, star === void 0 ? { path: path2 } : { path: path2, star });
    if (path2) this.fresh?.add(name2, scope);
    this.nearestOf.delete(name2);
    if (scope !== this.scopes.rootId || !path2) this.scoped.add(name2);
    if (path2) this.names.add(name2);
  }
  /**
   * `from subprocess import *` … `def run(cmd): …`: a plain definition of the name, unconditional and after the star
   * import, ending at `from`, holds it from there on, and in code run later (a function body) wherever written. A
   * name the file imports by name keeps its module (`try: import x` / `except ImportError: x = None` is `x`).
   */
  shadowStar(scope, name2, from) {
    const binding = this.table.get(`${scope}\0${name2}`);
    if (binding?.star === void 0 || from < binding.star) return;
    binding.shadowedFrom = Math.min(binding.shadowedFrom ?? from, from);
  }
  /** Is `name` bound to a watched value in this very scope (a parameter already given one)? */
  boundIn(scope, name2) {
    return this.table.get(`${scope}\0${name2}`)?.path !== void 0;
  }
  /** Could `name` resolve to anything at all? (No scope walk.) */
  mayResolve(name2) {
    return this.names.has(name2) || this.containers.has(name2) || this.globals(name2) !== void 0;
  }
  /**
   * Attribute and container slots holding a watched value (`self.client = anthropic.Anthropic()`,
   * `values["client"] = openai.ChatCompletion`, `this.client = new OpenAI()`), keyed by their dotted
   * path (`self.client`, `values.client`). Per file, not per object: any `self.client` in the file is
   * the slot (one level of attribute, no aliasing of the object).
   */
  slots = /* @__PURE__ */ new Map();
  reexports = /* @__PURE__ */ new Map();
  /** First names of slot keys: the cheap test before a slot lookup. */
  slotRoots = /* @__PURE__ */ new Set();
  /** Bind a slot to a watched value (the first watched value wins, as for names). */
  bindSlot(key, path2) {
    if (this.slots.has(key)) return;
    this.slots.set(key, path2);
    this.slotRoots.add(key.split(".")[0]);
    this.fresh?.add(key.slice(key.lastIndexOf(".") + 1), this.scopes.rootId);
  }
  /** Names (and slots' last names) given a watched value since the last call, collected from now on (parameters.ts: what a next round must look at). */
  fresh;
  startFresh() {
    this.fresh = new Fresh(this.scopes);
    return this.fresh;
  }
  /** The value of the longest slot a chain starts with (`self.client.messages.create` → `self.client`'s value + messages.create); for an instance, its class's (instanceOf). */
  slotPath(chain) {
    if (!this.slotRoots.has(chain[0])) return void 0;
    const own2 = this.longestSlot(chain);
    const instance2 = own2 || chain.length < 2 ? void 0 : this.instances.get(chain[0]);
    const held = instance2 && this.longestSlot([instance2.owner, "prototype", ...chain.slice(1)]);
    return own2 ?? (held && through(held, instance2.site));
  }
  longestSlot(chain) {
    for (let n = chain.length; n >= 2; n--) {
      const path2 = this.slots.get(chain.slice(0, n).join("."));
      if (path2) return extend(path2, ...chain.slice(n));
    }
    return void 0;
  }
  /**
   * Literals of watched values a name holds at the module's top (`const T = { "http:": http }`, `const list = [cp.exec]`):
   * what a subscript of the name picks where no slot answers (picked). Per file, as slots are: a later assignment or
   * mutation of the name changes nothing; the first literal wins.
   */
  containers = /* @__PURE__ */ new Map();
  /** `entries`: the literal's watched values in source order, by key where it is known; `first`: what any other key picks. */
  container(name2, entries, first) {
    if (this.containers.has(name2)) return;
    const keyed = /* @__PURE__ */ new Map();
    for (const [key, path2] of entries) if (key !== void 0 && !keyed.has(key)) keyed.set(key, path2);
    this.containers.set(name2, { keyed, first });
    this.fresh?.add(name2, this.scopes.rootId);
  }
  /**
   * What `name[key]` at `node` holds: under a constant key (`T["https:"]`, `list[1]`) that key's value, none when it
   * names no watched value (no guess); under any other key (`T[protocol]`, `list[i]`) the first watched value (the
   * first watched value wins, as for names), reached through the literal's statement. Nothing where a parameter or
   * local of the name hides the module's.
   */
  picked(name2, node2, key) {
    const container = this.containers.get(name2);
    if (!container || !this.fileScoped(name2, node2)) return void 0;
    return key === void 0 ? container.first : container.keyed.get(key);
  }
  /**
   * Names holding an instance of a class (`const shell = new Shell()`), by class name: `shell.run` is the slot
   * `Shell.prototype.run` (a `this.run` slot of the class). Per file, as slots are; the first class wins.
   */
  instances = /* @__PURE__ */ new Map();
  instanceOf(name2, owner, site) {
    if (this.instances.has(name2) || name2 === owner) return;
    this.instances.set(name2, { owner, site: { startIndex: site.startIndex, endIndex: site.endIndex } });
    this.slotRoots.add(name2);
  }
  /**
   * `export default api`, `module.exports = api` (`key` "default", "module.exports"): each slot of `api` (`api.exec`)
   * is also the export's (`default.exec`, `module.exports.exec`), whenever in the file it is assigned (exported()).
   */
  slotAliases = [];
  aliasSlots(key, root, site) {
    this.slotAliases.push({ key, root, site: { startIndex: site.startIndex, endIndex: site.endIndex } });
  }
  /** `export { exec } from "child_process"`: a name the file offers without binding it in its own scope. */
  reexport(name2, path2) {
    this.reexports.set(name2, path2);
  }
  /** `export { exec as run }`, `export { quiet as exec }`: the name a local export clause gives another local's value (undefined: nothing watched), whatever a local of that name holds. */
  renamed = /* @__PURE__ */ new Map();
  exportAs(name2, path2) {
    this.renamed.set(name2, path2);
  }
  /** Names bound to watched values in the file scope, module.exports slots and re-exports: what the file offers the project. */
  exported() {
    const out2 = Object.fromEntries(this.reexports);
    const prefix = `${this.scopes.rootId}\0`;
    for (const [key, binding] of this.table) if (binding.path && binding.path.module !== FILE_CLASS && binding.shadowedFrom === void 0 && key.startsWith(prefix)) out2[key.slice(prefix.length)] = binding.path;
    for (const [name2, path2] of this.renamed) {
      if (path2) out2[name2] = path2;
      else delete out2[name2];
    }
    for (const [slot, path2] of this.slotsWithAliases()) {
      if (path2.properties) continue;
      const key = slot.replace(/^(?:module\.)?exports\.default\./, "default.");
      if (key === "module.exports") out2.default = path2;
      else if (/^(?:module\.)?exports\.[\w$]+$/.test(key)) out2[key.split(".").pop()] = path2;
      else if (OFFERED_SLOT.test(key) && !INSTANCE_ROOTS.has(key.slice(0, key.indexOf(".")))) out2[key] = path2;
    }
    return out2;
  }
  /** The slots, and those they are under another name (aliasSlots), each reached through the aliasing statement. */
  slotsWithAliases() {
    const out2 = [...this.slots];
    for (const { key, root, site } of this.slotAliases) {
      for (const [slot, path2] of this.slots) if (slot.startsWith(`${root}.`)) out2.push([key + slot.slice(root.length), through(path2, site)]);
    }
    return out2;
  }
  /** Could a chain starting with `name` resolve (a binding, a global or a slot)? */
  known(name2) {
    return this.mayResolve(name2) || this.slotRoots.has(name2);
  }
  /** What `name`, referenced at `node`, is bound to. */
  lookup(name2, node2) {
    const b = this.scoped.has(name2) ? this.nearest(name2, node2.startIndex) : this.table.get(`${this.scopes.rootId}\0${name2}`);
    if (b?.shadowedFrom !== void 0 && (node2.startIndex >= b.shadowedFrom || this.deferred(node2))) return void 0;
    return b ? b.path : this.globals(name2);
  }
  /** Is `name` bound below the file scope or shadowed somewhere (so looking it up needs the scopes)? */
  isScoped(name2) {
    return this.scoped.has(name2);
  }
  /**
   * Move every step recorded at or after `from` by `delta` (text was inserted or removed before it), for a
   * re-analysis after an edit that touched no binding (the scopes move with ScopeIndex.replace).
   */
  shift(from, delta) {
    this.nearestOf.clear();
    if (delta === 0) return;
    for (const binding of this.table.values()) {
      if (binding.path) binding.path = shiftPath(binding.path, from, delta);
      if (binding.star !== void 0 && binding.star >= from) binding.star += delta;
      if (binding.shadowedFrom !== void 0 && binding.shadowedFrom >= from) binding.shadowedFrom += delta;
    }
    for (const [key, path2] of this.slots) this.slots.set(key, shiftPath(path2, from, delta));
    for (const container of this.containers.values()) {
      container.first = shiftPath(container.first, from, delta);
      for (const [key, path2] of container.keyed) container.keyed.set(key, shiftPath(path2, from, delta));
    }
    for (const [name2, path2] of this.reexports) this.reexports.set(name2, shiftPath(path2, from, delta));
    for (const [name2, path2] of this.renamed) if (path2) this.renamed.set(name2, shiftPath(path2, from, delta));
    for (const alias of this.slotAliases) if (alias.site.startIndex >= from) alias.site = { startIndex: alias.site.startIndex + delta, endIndex: alias.site.endIndex + delta };
    for (const instance2 of this.instances.values()) if (instance2.site.startIndex >= from) instance2.site = { startIndex: instance2.site.startIndex + delta, endIndex: instance2.site.endIndex + delta };
  }
  /** Every path bound to a name or slot. */
  *paths() {
    for (const binding of this.table.values()) if (binding.path) yield binding.path;
    yield* this.slots.values();
    for (const container of this.containers.values()) {
      yield container.first;
      yield* container.keyed.values();
    }
    yield* this.reexports.values();
    for (const path2 of this.renamed.values()) if (path2) yield path2;
  }
  /** Is `name` declared (module or local) in a scope enclosing `node`? (`require` shadowed by a parameter.) */
  declared(name2, node2) {
    return this.nearest(name2, node2.startIndex) !== null;
  }
  /** Is `name`, referenced at `node`, the file scope's (no parameter or local of a scope around `node` hides it)? */
  fileScoped(name2, node2) {
    return !this.scoped.has(name2) || this.nearest(name2, node2.startIndex) === (this.table.get(`${this.scopes.rootId}\0${name2}`) ?? null);
  }
  /** The innermost scope around `offset` that declares `name` (where an assignment `name = …` lands), else the file's. */
  declaringScope(name2, offset) {
    for (const scope of this.scopes.chain(offset)) if (this.table.has(`${scope}\0${name2}`)) return scope;
    return this.scopes.rootId;
  }
  /** Per name: the binding seen from each scope already walked (null = none); dropped when the name is bound again. */
  nearestOf = /* @__PURE__ */ new Map();
  /**
   * The binding of `name` in the innermost scope around `offset` that has one. Every scope walked
   * remembers the answer, so the references of deeply nested code do not each walk the same chain
   * (20,000 nested functions calling `fetch`, with a parameter `fetch` somewhere, took 70 s).
   */
  nearest(name2, offset) {
    let known = this.nearestOf.get(name2);
    if (!known) this.nearestOf.set(name2, known = /* @__PURE__ */ new Map());
    const walked = [];
    let found = null;
    for (const scope of this.scopes.chain(offset)) {
      const answer = known.get(scope);
      if (answer !== void 0) {
        found = answer;
        break;
      }
      walked.push(scope);
      const b = this.table.get(`${scope}\0${name2}`);
      if (b) {
        found = b;
        break;
      }
    }
    for (const scope of walked) known.set(scope, found);
    return found;
  }
};
var Fresh = class {
  constructor(scopes) {
    this.scopes = scopes;
  }
  scopes;
  byName = /* @__PURE__ */ new Map();
  /** Every scope something was bound in: the cheap test before reading a text for names. */
  all = /* @__PURE__ */ new Set();
  add(name2, scope) {
    this.all.add(scope);
    const list = this.byName.get(name2);
    if (list) list.push(scope);
    else this.byName.set(name2, [scope]);
  }
  named(name2) {
    return this.byName.has(name2);
  }
  /** Can code at `offset` see any of these bindings? */
  covers(offset) {
    if (this.all.size === 0) return false;
    if (this.all.has(this.scopes.rootId)) return true;
    for (const scope of this.scopes.chain(offset)) if (this.all.has(scope)) return true;
    return false;
  }
  /** Can `name` used at `offset` see one of these bindings (a scope around it)? */
  at(name2, offset) {
    const list = this.byName.get(name2);
    if (!list) return false;
    if (list.includes(this.scopes.rootId)) return true;
    for (const scope of this.scopes.chain(offset)) if (list.includes(scope)) return true;
    return false;
  }
};
var MAX_RESOLVE_DEPTH = 64;
function extend(path2, ...members2) {
  if (path2.returns) return members2.length ? { module: NOTHING, members: [] } : path2;
  if (path2.properties) {
    if (!members2.length) return path2;
    const value = Object.hasOwn(path2.properties, members2[0]) ? path2.properties[members2[0]] : void 0;
    return value ? extend({ ...value, via: [...path2.via ?? [], ...value.via ?? []].slice(0, MAX_HOPS) }, ...members2.slice(1)) : { module: NOTHING, members: [] };
  }
  return { module: path2.module, members: [...path2.members, ...members2], via: path2.via };
}
var IDENT = String.raw`[$\p{L}_][$\p{L}\p{N}_]*`;
var SIMPLE_CHAIN = new RegExp(String.raw`^${IDENT}(?:\s*(?:[!?]\s*)?\.\s*#?${IDENT})*$`, "u");
var ROOT = new RegExp(`^${IDENT}`, "u");
function simpleChain(text) {
  if (!SIMPLE_CHAIN.test(text)) return void 0;
  const chain = text.split(".");
  return chain.length > MAX_RESOLVE_DEPTH ? [] : chain.map((s) => s.replace(/[\s!?]/g, ""));
}
function chainPath(bindings, chain, node2) {
  if (chain.length === 0) return void 0;
  const base = bindings.lookup(chain[0], node2);
  return base ? extend(base, ...chain.slice(1)) : chain.length > 1 ? bindings.slotPath(chain) : void 0;
}
function rootName(text) {
  return ROOT.exec(text)?.[0];
}
var IDENT_ALL = new RegExp(IDENT, "gu");
function identifiersIn(text) {
  return text.match(IDENT_ALL) ?? [];
}
var MAX_OBJECT_TEXT = 4e3;
function watchedLiteral(source, literal2, known) {
  return literal2.endIndex - literal2.startIndex <= MAX_OBJECT_TEXT && identifiersIn(source.slice(literal2.startIndex, literal2.endIndex)).some(known);
}
var IDENT_AT = new RegExp(IDENT, "uy");
var asciiIdentifierPart = (c, first) => c === 36 || c === 95 || (c | 32) >= 97 && (c | 32) <= 122 || !first && c >= 48 && c <= 57;
function identifierAt(source, offset) {
  let end = offset;
  while (end < source.length && asciiIdentifierPart(source.charCodeAt(end), end === offset)) end++;
  if (end >= source.length || source.charCodeAt(end) < 128) return end > offset ? source.slice(offset, end) : void 0;
  IDENT_AT.lastIndex = offset;
  return IDENT_AT.exec(source)?.[0];
}
function namedChildrenOf(node2) {
  const list = node2?.type === "call_expression" || node2?.type === "call" || node2?.type === "new_expression" ? node2.childForFieldName("arguments") : node2;
  const out2 = [];
  for (const child of list?.namedChildren ?? []) if (child && child.type !== "comment") out2.push(child);
  return out2;
}
function stringValue(node2) {
  if (node2.type !== "string" && node2.type !== "template_string") return void 0;
  const text = node2.text;
  if (node2.type === "template_string" && text.includes("${")) return void 0;
  const inner = text.replace(/^[rRbBuUfF]*("""|'''|"|'|`)/, "").replace(/("""|'''|"|'|`)$/, "");
  return inner.includes("\\") ? void 0 : inner;
}
function oneLine(text) {
  return text.replace(/\s+/g, (space, at) => /[.?!]/.test(text[at + space.length] ?? "") && text[at + space.length + 1] !== "?" && /[\w$)\]]/.test(text[at - 1] ?? "") && !/\?\?/.test(text.slice(at + space.length, at + space.length + 2)) ? "" : text[at - 1] === "." || text[at - 1] === "(" || text[at + space.length] === ")" ? "" : " ");
}
var MAX_FOLDED_STRING = 256;
var Constants = class {
  values = /* @__PURE__ */ new Map();
  add(name2, value) {
    const text = this.stringOf(value);
    this.values.set(name2, this.values.has(name2) && this.values.get(name2) !== text ? void 0 : text);
  }
  /**
   * A string literal, a name holding one, or literals and such names joined by `+` (and Python's adjacent literals,
   * `"sub" "process"`): the spellings that hide a module's name from a reader but not from the program.
   */
  stringOf(node2, depth = 0) {
    if (!node2 || depth > MAX_RESOLVE_DEPTH) return void 0;
    switch (node2.type) {
      case "identifier":
        return this.values.get(node2.text);
      case "parenthesized_expression":
        return node2.namedChildCount === 1 ? this.stringOf(node2.namedChild(0), depth + 1) : void 0;
      case "binary_expression":
      case "binary_operator":
        if (node2.childForFieldName("operator")?.type !== "+") return void 0;
        return this.joined([node2.childForFieldName("left"), node2.childForFieldName("right")], depth);
      case "concatenated_string":
        return this.joined(node2.namedChildren, depth);
      case "template_string":
        return node2.namedChildren.some((part) => part?.type === "template_substitution") ? this.joined(node2.namedChildren, depth) : stringValue(node2);
      case "string_fragment":
        return node2.text;
      case "template_substitution":
        return node2.namedChildCount === 1 ? this.stringOf(node2.namedChild(0), depth + 1) : void 0;
      case "call_expression":
      case "call":
        return this.builtByMethod(node2, depth);
      default:
        return stringValue(node2);
    }
  }
  /**
   * `["child", "process"].join("_")` (JavaScript; the separator is "," when none is given), Python's
   * `"_".join(["sub", "process"])` (a list or tuple), and JavaScript's `"child".concat("_", "process")`: strings
   * joined by a string, or one string continued by others, bounded as `+` is. The method may be named by a
   * subscript (`["child", "process"]["join"]("_")`).
   */
  builtByMethod(node2, depth) {
    const fn = node2.childForFieldName("function");
    const args2 = node2.childForFieldName("arguments");
    const python = fn?.type === "attribute";
    if (!fn || !args2 || !python && fn.type !== "member_expression" && fn.type !== "subscript_expression") return void 0;
    const method = python ? fn.childForFieldName("attribute")?.text : fn.type === "member_expression" ? fn.childForFieldName("property")?.text : this.stringOf(fn.childForFieldName("index"), depth + 1);
    const object2 = fn.childForFieldName("object");
    if (method === "concat" && !python) return args2.childCount > 2 * MAX_FOLDED_STRING + 2 ? void 0 : this.joined([object2, ...namedChildrenOf(args2)], depth);
    if (method !== "join") return void 0;
    const given = namedChildrenOf(args2);
    const list = python ? given[0] : object2;
    if (given.length > 1 || python && given.length === 0 || !list || list.childCount > 2 * MAX_FOLDED_STRING + 2) return void 0;
    if (python ? list.type !== "list" && list.type !== "tuple" : list.type !== "array") return void 0;
    const separator = python ? this.stringOf(object2, depth + 1) : given.length === 0 ? "," : this.stringOf(given[0], depth + 1);
    if (separator === void 0) return void 0;
    let out2;
    for (const element of python ? namedChildrenOf(list) : arrayElements(list)) {
      const text = element === HOLE ? "" : this.stringOf(element, depth + 1);
      if (text === void 0) return void 0;
      out2 = out2 === void 0 ? text : out2 + separator + text;
      if (out2.length > MAX_FOLDED_STRING) return void 0;
    }
    return out2 ?? "";
  }
  joined(parts2, depth) {
    let out2 = "";
    for (const part of parts2) {
      const text = this.stringOf(part, depth + 1);
      if (text === void 0 || out2.length + text.length > MAX_FOLDED_STRING) return void 0;
      out2 += text;
    }
    return out2;
  }
};
var HOLE = "hole";
function arrayElements(array2) {
  const out2 = [];
  let pending;
  for (const child of array2.children) {
    if (!child || child.type === "[" || child.type === "comment") continue;
    if (child.type === "," || child.type === "]") {
      if (child.type === "," || pending !== void 0) out2.push(pending ?? HOLE);
      pending = void 0;
    } else pending = child;
  }
  return out2;
}
function mayJoinArray(source, start2, end) {
  return source[start2] === "[" && /\]\s*(?:\.\s*join|\[\s*(['"`])join\1\s*\])\s*\([^()]*\)$/.test(source.slice(Math.max(start2, end - 64), end));
}
function slotValue(bindings, node2, keyOf) {
  const root = rootName(node2.text);
  if (!root || !bindings.slotRoots.has(root)) return void 0;
  const key = keyOf(node2);
  return key ? bindings.slotPath(key.split(".")) : void 0;
}
function mayFallBack(source, start2, end, known, operators) {
  const window2 = source.slice(start2, Math.min(end, start2 + 400));
  const lineEnd2 = window2.indexOf("\n");
  const line = lineEnd2 < 0 ? window2 : window2.slice(0, lineEnd2);
  if (!operators.test(line)) return false;
  for (const [name2] of line.matchAll(IDENT_ALL)) if (known(name2)) return true;
  return false;
}

// core/scan/specs.ts
var ANY = "*";
var DEFAULT = "default";
var GLOBAL = "<global>";
var RETURNED = "()";
var of = (kind, ...names) => Object.fromEntries(names.map((n) => [n, kind]));
var call = (...names) => of("call", ...names);
var client = (...names) => of("client", ...names);
var inert = (...names) => of("inert", ...names);
var py = (module2, members2, category) => ({ language: "python", module: module2, members: members2, category, form: "any" });
var js = (module2, members2, category, form = "any") => ({ language: "javascript", module: module2, members: members2, category, form });
var OS_EXEC = ["execl", "execle", "execlp", "execlpe", "execv", "execve", "execvp", "execvpe"];
var OS_SPAWN = ["spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp", "spawnvpe", "posix_spawn", "posix_spawnp"];
var CHILD_PROCESS = ["exec", "execSync", "execFile", "execFileSync", "spawn", "spawnSync", "fork"];
var SOCKET_USE = ["connect", "connect_ex", "sendto"];
var socketUse = (cls) => call(...SOCKET_USE.flatMap((m) => [`${cls}${RETURNED}.${m}`, `${cls}.${m}`]));
var EVENT_LOOPS = ["get_running_loop", "get_event_loop", "new_event_loop"];
var HTTP_FUNCTIONS = ["request", "get", "options", "head", "post", "put", "patch", "delete"];
var LOOP_CONNECT = ["create_connection", "create_unix_connection", "create_datagram_endpoint", "sock_connect"];
var LOOP_SUBPROCESS = ["subprocess_exec", "subprocess_shell"];
var withAsync = (prefix, ...paths) => paths.flatMap((p) => [p, p.replace(/[^.]+$/, `${prefix}$&`)]);
var langchainModels = (bySubmodule) => client(...Object.entries(bySubmodule).flatMap(([sub, names]) => names.flatMap((n) => [n, `${sub}.${n}`])));
var REPLICATE_REQUESTS = withAsync(
  "async_",
  "run",
  "stream",
  ...["create", "get", "list", "cancel"].map((m) => `predictions.${m}`),
  ...["create", "get", "list", "search", "delete", "predictions.create"].map((m) => `models.${m}`),
  ...["create", "get", "list", "update", "delete", "predictions.create"].map((m) => `deployments.${m}`),
  ...["create", "get", "list", "cancel"].map((m) => `trainings.${m}`),
  ...["get", "list"].map((m) => `collections.${m}`),
  ...["create", "get", "list", "delete"].map((m) => `files.${m}`),
  "hardware.list",
  "webhooks.default.secret"
);
var OLLAMA_REQUESTS = ["chat", "generate", "embed", "embeddings", "create", "pull", "push", "delete", "copy", "list", "show", "ps"];
var AI_SDK_CALLS = [
  ...["generateText", "streamText", "generateObject", "streamObject"].flatMap((f) => [f, `experimental_${f}`]),
  ...["embed", "embedMany", "rerank", "generateImage", "experimental_generateImage", "experimental_generateSpeech", "experimental_transcribe", "experimental_generateVideo"],
  ...["ToolLoopAgent", "Experimental_Agent"].flatMap((a) => [`${a}${RETURNED}.generate`, `${a}${RETURNED}.stream`]),
  ...["createAgentUIStream", "createAgentUIStreamResponse", "pipeAgentUIStreamToResponse"]
];
var OLLAMA_JS = { ...call(...OLLAMA_REQUESTS, "webSearch", "webFetch"), ...client("Ollama") };
var HF_INFERENCE_TASKS = [
  "request",
  "streamingRequest",
  "chatCompletion",
  "chatCompletionStream",
  "textGeneration",
  "textGenerationStream",
  "featureExtraction",
  "sentenceSimilarity",
  "fillMask",
  "questionAnswering",
  "summarization",
  "tableQuestionAnswering",
  "textClassification",
  "tokenClassification",
  "translation",
  "zeroShotClassification",
  "audioClassification",
  "audioToAudio",
  "automaticSpeechRecognition",
  "textToAudio",
  "textToSpeech",
  "imageClassification",
  "imageSegmentation",
  "imageToImage",
  "imageToText",
  "imageToVideo",
  "imageTextToImage",
  "imageTextToVideo",
  "objectDetection",
  "textToImage",
  "textToVideo",
  "zeroShotImageClassification",
  "documentQuestionAnswering",
  "visualQuestionAnswering",
  "tabularClassification",
  "tabularRegression"
];
var DEFAULT_SPECS = [
  // Python — shell
  py("os", call("system", "popen", ...OS_EXEC, ...OS_SPAWN), "shell"),
  // A module whose every member crosses (`*`) still lists the functions `from M import *` brings (its `__all__` or
  // public API): a star import binds the listed names only (python.ts), so `from subprocess import *` … `run(cmd)` is found.
  py("subprocess", { [ANY]: "call", ...call("Popen", "call", "check_call", "check_output", "run", "getoutput", "getstatusoutput"), ...inert("PIPE", "STDOUT", "DEVNULL", "CompletedProcess", "list2cmdline", "STARTUPINFO", "_args_from_interpreter_flags", "_optim_args_from_interpreter_flags") }, "shell"),
  py("pty", call("spawn"), "shell"),
  py("asyncio", call("create_subprocess_exec", "create_subprocess_shell", ...EVENT_LOOPS.flatMap((l) => LOOP_SUBPROCESS.map((m) => `${l}${RETURNED}.${m}`))), "shell"),
  py("asyncio", call("open_connection", "open_unix_connection", ...EVENT_LOOPS.flatMap((l) => LOOP_CONNECT.map((m) => `${l}${RETURNED}.${m}`))), "network"),
  py("pexpect", { ...call("spawn", "spawnu", "run", "runu", "popen_spawn.PopenSpawn"), ...client("pxssh.pxssh") }, "shell"),
  py("ptyprocess", call("PtyProcess.spawn", "PtyProcessUnicode.spawn"), "shell"),
  py("anyio", call("open_process", "run_process"), "shell"),
  // trio's open_process was trio.open_process, then trio.hazmat.open_process, before trio.lowlevel.open_process.
  py("trio", call("run_process", "lowlevel.open_process", "hazmat.open_process", "open_process"), "shell"),
  py("trio", { ...call("open_tcp_stream", "open_ssl_over_tcp_stream", "open_unix_socket"), ...socketUse("socket.socket") }, "network"),
  py("anyio", call("connect_tcp", "connect_unix"), "network"),
  // Python — network
  py(
    "requests",
    {
      [ANY]: "call",
      ...call(...HTTP_FUNCTIONS),
      ...client("Session", "session"),
      ...inert("Request", "PreparedRequest", "Response", "models", "exceptions", "codes", "status_codes", "utils", "structures", "auth", "HTTPBasicAuth", "HTTPDigestAuth", "adapters", "packages", "cookies", "hooks", "certs", "compat")
    },
    "network"
  ),
  py(
    "httpx",
    {
      [ANY]: "call",
      ...call(...HTTP_FUNCTIONS, "stream"),
      ...client("Client", "AsyncClient"),
      ...inert("Request", "Response", "Proxy", "HTTPTransport", "AsyncHTTPTransport", "MockTransport", "WSGITransport", "ASGITransport", "BaseTransport", "AsyncBaseTransport", "Timeout", "Limits", "URL", "Headers", "Cookies", "QueryParams", "BasicAuth", "DigestAuth", "Auth", "codes", "ByteStream")
    },
    "network"
  ),
  py("urllib.request", { ...call("urlopen", "urlretrieve"), ...client("build_opener"), ...inert("Request") }, "network"),
  py("http.client", client("HTTPConnection", "HTTPSConnection"), "network"),
  // An XML-RPC proxy: each method called on it is a request to the server (the construction is the finding).
  py("xmlrpc.client", client("ServerProxy"), "network"),
  // six's Python 2/3 names for the same modules (urllib3 1.26 imports http.client this way).
  py("six.moves.http_client", client("HTTPConnection", "HTTPSConnection"), "network"),
  py("six.moves.urllib.request", { ...call("urlopen", "urlretrieve"), ...client("build_opener"), ...inert("Request") }, "network"),
  // PySocks: a connection through a SOCKS proxy.
  py("socks", { ...call("create_connection"), ...inert("socksocket"), ...socketUse("socksocket") }, "network"),
  py("aiohttp", { ...client("ClientSession"), ...call("request") }, "network"),
  py("socket", { ...call("create_connection"), ...inert("socket"), ...socketUse("socket") }, "network"),
  py("websockets", call("connect", "client.connect", "sync.client.connect", "asyncio.client.connect"), "network"),
  // pycurl: a Curl handle (or a multi handle driving several) is the client that performs the transfers.
  py("pycurl", client("Curl", "CurlMulti"), "network"),
  // paramiko: an SSH client connects (its construction is the one finding); a ProxyCommand runs a shell command.
  py("paramiko", client("SSHClient", "Transport"), "network"),
  py("paramiko", call("ProxyCommand"), "shell"),
  // websocket-client
  py("websocket", { ...call("create_connection"), ...client("WebSocketApp"), ...inert("WebSocket"), ...call(`WebSocket${RETURNED}.connect`) }, "network"),
  // python-socks: a proxy object connects to the target through the proxy.
  py("python_socks.sync", call(...["create", "from_url"].map((m) => `Proxy.${m}${RETURNED}.connect`)), "network"),
  py("grpc", client("insecure_channel", "secure_channel", "aio.insecure_channel", "aio.secure_channel"), "network"),
  // The standard library's protocol clients: each connects when constructed with a host (or by its `connect`/`open`
  // method later); the construction is the one finding. IMAP4_stream runs its argument as a shell command.
  py("ftplib", client("FTP", "FTP_TLS"), "network"),
  py("smtplib", client("SMTP", "SMTP_SSL", "LMTP"), "network"),
  py("poplib", client("POP3", "POP3_SSL"), "network"),
  py("imaplib", client("IMAP4", "IMAP4_SSL"), "network"),
  py("imaplib", call("IMAP4_stream"), "shell"),
  py("nntplib", client("NNTP", "NNTP_SSL"), "network"),
  // Deprecated (removed in Python 3.13) but still in older interpreters.
  py("telnetlib", client("Telnet"), "network"),
  // urllib3: the module-level request (2.x) crosses; a pool or manager is a client. Its exceptions, Retry, Timeout are values.
  py(
    "urllib3",
    {
      ...call("request"),
      ...client("PoolManager", "ProxyManager", "HTTPConnectionPool", "HTTPSConnectionPool", "connection_from_url", "proxy_from_url", "poolmanager.PoolManager", "poolmanager.ProxyManager", "poolmanager.proxy_from_url", "connectionpool.HTTPConnectionPool", "connectionpool.HTTPSConnectionPool", "connectionpool.connection_from_url"),
      ...inert("exceptions", "util", "Retry", "Timeout", "HTTPResponse", "BaseHTTPResponse", "HTTPHeaderDict", "make_headers", "disable_warnings", "add_stderr_logger", "fields", "filepost", "encode_multipart_formdata")
    },
    "network"
  ),
  // boto3: a client or resource for an AWS service (Bedrock's models among them) sends each of its calls to AWS.
  py("boto3", client("client", "resource", ...["Session", "session.Session"].flatMap((s) => [`${s}${RETURNED}.client`, `${s}${RETURNED}.resource`])), "network"),
  // Python — model SDKs
  py("openai", { [ANY]: "call", ...client("OpenAI", "AsyncOpenAI", "AzureOpenAI", "AsyncAzureOpenAI", "DefaultHttpxClient", "DefaultAsyncHttpxClient", "Client", "AsyncClient"), ...inert("types", "NOT_GIVEN", "NotGiven", "error", "pydantic_function_tool") }, "model"),
  py("anthropic", { [ANY]: "call", ...client("Anthropic", "AsyncAnthropic", "AnthropicBedrock", "AsyncAnthropicBedrock", "AnthropicVertex", "AsyncAnthropicVertex", "Client", "AsyncClient"), ...inert("types", "NOT_GIVEN", "NotGiven", "HUMAN_PROMPT", "AI_PROMPT") }, "model"),
  py("google.generativeai", { [ANY]: "call", ...client("GenerativeModel"), ...inert("types", "configure", "GenerationConfig", "protos") }, "model"),
  py("google.genai", { [ANY]: "call", ...client("Client"), ...inert("types", "errors") }, "model"),
  py("cohere", { [ANY]: "call", ...client("Client", "ClientV2", "AsyncClient", "AsyncClientV2"), ...inert("types") }, "model"),
  py("mistralai", { [ANY]: "call", ...client("Mistral"), ...inert("models") }, "model"),
  // litellm's endpoints (chat, embeddings, images, audio, moderation, rerank, batches, retries) and its Router (a client over deployments).
  py("litellm", { ...call(...withAsync("a", "completion", "embedding", "text_completion", "responses", "image_generation", "transcription", "speech", "moderation", "rerank", "completion_with_retries"), "batch_completion"), ...client("Router") }, "model"),
  py("ollama", { ...call(...OLLAMA_REQUESTS, "web_search", "web_fetch"), ...client("Client", "AsyncClient") }, "model"),
  py("groq", client("Groq", "AsyncGroq", "Client", "AsyncClient"), "model"),
  py("together", client("Together", "AsyncTogether", "Client", "AsyncClient"), "model"),
  py("replicate", { ...call(...REPLICATE_REQUESTS), ...client("Client") }, "model"),
  // Hugging Face Inference only: the Hub's file and repository functions are not model calls.
  py("huggingface_hub", client("InferenceClient", "AsyncInferenceClient", "InferenceApi"), "model"),
  py("langchain_openai", langchainModels({ chat_models: ["ChatOpenAI", "AzureChatOpenAI"], embeddings: ["OpenAIEmbeddings", "AzureOpenAIEmbeddings"], llms: ["OpenAI", "AzureOpenAI"] }), "model"),
  py("langchain_anthropic", langchainModels({ chat_models: ["ChatAnthropic", "ChatAnthropicMessages"], llms: ["AnthropicLLM", "Anthropic"] }), "model"),
  py("langchain_google_genai", { ...langchainModels({ chat_models: ["ChatGoogleGenerativeAI"], embeddings: ["GoogleGenerativeAIEmbeddings"], llms: ["GoogleGenerativeAI"] }), ...call("create_context_cache") }, "model"),
  py("langchain_ollama", langchainModels({ chat_models: ["ChatOllama"], embeddings: ["OllamaEmbeddings"], llms: ["OllamaLLM"] }), "model"),
  py("langchain_mistralai", langchainModels({ chat_models: ["ChatMistralAI"], embeddings: ["MistralAIEmbeddings"] }), "model"),
  py("langchain_groq", langchainModels({ chat_models: ["ChatGroq"] }), "model"),
  py("vertexai", client("generative_models.GenerativeModel", "preview.generative_models.GenerativeModel"), "model"),
  // LangChain's model by name (`init_chat_model("openai:gpt-4o")`): the model it makes, a client as the classes above.
  py("langchain.chat_models", client("init_chat_model", "base.init_chat_model"), "model"),
  py("langchain.embeddings", client("init_embeddings", "base.init_embeddings"), "model"),
  // JavaScript / TypeScript — shell
  js("child_process", call(...CHILD_PROCESS), "shell"),
  js("cross-spawn", call(DEFAULT, "spawn", "sync"), "shell"),
  // execa ≤ 6 hangs the variants off the default export (execa.sync, execa.command …).
  js("execa", call(DEFAULT, "execa", "execaSync", "execaCommand", "execaCommandSync", "execaNode", "$", "sync", "command", "commandSync", "node"), "shell"),
  js("shelljs", call("exec"), "shell"),
  // open: opens a URL or file with the system's handler (xdg-open, `start`, `open`) in a child process.
  js("open", { ...call(DEFAULT, "openApp"), ...inert("apps") }, "shell"),
  js("zx", call("$"), "shell"),
  js("node-pty", call("spawn", "fork", "createTerminal"), "shell"),
  js(GLOBAL, call("Bun.spawn", "Bun.spawnSync", "Deno.run"), "shell", "call"),
  js(GLOBAL, call("Deno.Command"), "shell", "new"),
  // JavaScript / TypeScript — network
  js(GLOBAL, call("fetch"), "network", "call"),
  // The Beacon API: a POST the browser sends on its own (`navigator.sendBeacon(url, data)`).
  js(GLOBAL, call("navigator.sendBeacon"), "network", "call"),
  js(GLOBAL, call("WebSocket"), "network", "new"),
  js("http", call("request", "get"), "network", "call"),
  js("https", call("request", "get"), "network", "call"),
  js("http2", call("connect"), "network", "call"),
  js("net", call("connect", "createConnection"), "network", "call"),
  js("tls", call("connect"), "network", "call"),
  // A UDP socket crosses when it sends a datagram or connects to a peer, not when it is made (as Python's socket).
  js("dgram", { ...inert("createSocket"), ...call(...["send", "connect"].map((m) => `createSocket${RETURNED}.${m}`)) }, "network", "call"),
  js("axios", { [ANY]: "call", ...client("create", "Axios"), ...inert("isAxiosError", "isCancel", "AxiosError", "CanceledError", "AxiosHeaders", "toFormData", "formToJSON", "mergeConfig", "getAdapter", "HttpStatusCode", "interceptors", "defaults", "CancelToken", "Cancel", "all", "spread") }, "network"),
  js("got", { [ANY]: "call", ...client("extend"), ...inert("RequestError", "HTTPError", "TimeoutError") }, "network"),
  js("node-fetch", { [ANY]: "call", ...inert("Headers", "Request", "Response", "FormData", "Blob", "File", "FetchError", "AbortError", "isRedirect") }, "network"),
  js("undici", { ...call("request", "fetch", "stream", "connect"), ...client("Client", "Pool", "Agent") }, "network"),
  js("ws", call(DEFAULT, "WebSocket"), "network", "new"),
  js("eventsource", call(DEFAULT, "EventSource"), "network", "new"),
  js(GLOBAL, call("EventSource"), "network", "new"),
  js("@grpc/grpc-js", client("Client", "Channel"), "network", "new"),
  // JavaScript / TypeScript — model SDKs (client construction, module-level calls, calls on clients)
  js("openai", { [ANY]: "call", ...client(DEFAULT, "OpenAI", "AzureOpenAI"), ...inert("toFile") }, "model"),
  js("@anthropic-ai/sdk", { [ANY]: "call", ...client(DEFAULT, "Anthropic"), ...inert("toFile") }, "model"),
  js("@google/generative-ai", { [ANY]: "call", ...client("GoogleGenerativeAI"), ...inert("SchemaType", "HarmCategory", "HarmBlockThreshold", "FunctionCallingMode") }, "model"),
  js("@google/genai", { [ANY]: "call", ...client("GoogleGenAI"), ...inert("Type", "HarmCategory", "HarmBlockThreshold", "createUserContent", "createPartFromUri") }, "model"),
  js("cohere-ai", { [ANY]: "call", ...client("CohereClient", "CohereClientV2") }, "model"),
  js("@mistralai/mistralai", { [ANY]: "call", ...client("Mistral") }, "model"),
  js("ai", call(...AI_SDK_CALLS), "model"),
  ...["ollama", "ollama/browser"].map((m) => js(m, OLLAMA_JS, "model")),
  js("groq-sdk", { [ANY]: "call", ...client(DEFAULT, "Groq"), ...inert("toFile") }, "model"),
  js("replicate", client(DEFAULT), "model"),
  js("@huggingface/inference", { ...call(...HF_INFERENCE_TASKS), ...client("InferenceClient", "InferenceClientEndpoint", "HfInference", "HfInferenceEndpoint") }, "model"),
  js("@aws-sdk/client-bedrock-runtime", client("BedrockRuntimeClient", "BedrockRuntime"), "model"),
  // LangChain's model classes: each a client (`new ChatOpenAI()` … `model.invoke(...)`).
  js("@langchain/openai", client("ChatOpenAI", "AzureChatOpenAI", "ChatOpenAICompletions", "ChatOpenAIResponses", "AzureChatOpenAICompletions", "AzureChatOpenAIResponses", "OpenAI", "AzureOpenAI", "OpenAIEmbeddings", "AzureOpenAIEmbeddings", "DallEAPIWrapper", "OpenAIClient"), "model"),
  js("@langchain/anthropic", client("ChatAnthropic", "ChatAnthropicMessages"), "model"),
  js("@langchain/google-genai", client("ChatGoogleGenerativeAI", "GoogleGenerativeAIEmbeddings"), "model"),
  js("@langchain/ollama", client("ChatOllama", "Ollama", "OllamaEmbeddings"), "model"),
  js("@langchain/mistralai", client("ChatMistralAI", "MistralAI", "MistralAIEmbeddings"), "model"),
  js("@langchain/groq", client("ChatGroq"), "model"),
  ...["langchain", "langchain/chat_models/universal"].map((m) => js(m, client("initChatModel"), "model"))
];

// core/scan/project.ts
var MAX_PROJECT_DEPTH = 4;
var JS_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
var ProjectSymbols = class {
  /**
   * `files`: what each file offers (files without symbols need not be listed); `known`: every scanned
   * file (a specifier resolves only to one of them), by default those of `files`.
   */
  constructor(files, aliases, known = files) {
    this.files = files;
    this.aliases = aliases;
    this.known = known;
    for (const [file2, symbols] of files) {
      this.stems.add(stemOf(file2)).add(import_node_path3.posix.basename(file2).replace(/\.[^.]*$/, ""));
      for (const name2 of Object.keys(symbols.exports)) this.offered.add(name2).add(name2.split(".")[0]);
      if (symbols.exports.default) this.wholeDefault = true;
      for (const link2 of symbols.links) if (link2.reexport) for (const [, local] of link2.names) this.offered.add(local);
    }
  }
  files;
  aliases;
  known;
  /** Every name some file exports or re-exports: an import of any other name cannot reach a watched value. */
  offered = /* @__PURE__ */ new Set();
  /** Does some file's module.exports or default export hold a watched value (whose members any name may import)? */
  wholeDefault = false;
  /** The module names files with symbols are imported by (`shell` for lib/shell.ts, `lib` for lib/index.ts): the cheap test before resolving. */
  stems = /* @__PURE__ */ new Set();
  /** Resolved specifiers by importing folder (most files of a folder import the same few). */
  resolved = /* @__PURE__ */ new Map();
  /** Does any file offer a watched value at all? (If not, no second pass is needed.) */
  get empty() {
    return this.offered.size === 0 || [...this.files.values()].every((s) => Object.keys(s.exports).length === 0);
  }
  /** The project file an import names, or undefined (a package, or a file not scanned). */
  resolveSpecifier(from, specifier) {
    const key = `${import_node_path3.posix.dirname(from)}\0${from.endsWith(".py") ? "py" : "js"}\0${specifier}`;
    if (this.resolved.has(key)) return this.resolved.get(key);
    const file2 = this.resolveUncached(from, specifier);
    this.resolved.set(key, file2);
    return file2;
  }
  resolveUncached(from, specifier) {
    if (from.endsWith(".py")) {
      const dots = /^\.*/.exec(specifier)[0].length;
      const rest = specifier.slice(dots).split(".").filter(Boolean);
      let dir = dots ? import_node_path3.posix.dirname(from) : "";
      for (let i2 = 1; i2 < dots; i2++) dir = import_node_path3.posix.dirname(dir);
      const bases = dots ? [dir] : ancestors(import_node_path3.posix.dirname(from));
      for (const b of bases) {
        const base = import_node_path3.posix.join(b === "." ? "" : b, ...rest);
        if (rest.length && this.known.has(`${base}.py`)) return `${base}.py`;
        const init3 = base === "." ? "__init__.py" : `${base}/__init__.py`;
        if (this.known.has(init3)) return init3;
      }
      return void 0;
    }
    if (!specifier.startsWith(".")) return this.aliases ? aliasCandidates(this.aliases, specifier).map((c) => this.jsFile(c)).find((c) => c !== void 0) : void 0;
    return this.jsFile(import_node_path3.posix.join(import_node_path3.posix.dirname(from), specifier));
  }
  /** The scanned file a JavaScript module path names (with or without extension, or its folder's index). */
  jsFile(base) {
    if (this.known.has(base)) return base;
    const stem = base.replace(/\.(?:js|mjs|cjs|jsx)$/, "");
    for (const extension of JS_EXTENSIONS) if (this.known.has(stem + extension)) return stem + extension;
    for (const extension of JS_EXTENSIONS) if (this.known.has(`${base}/index${extension}`)) return `${base}/index${extension}`;
    return void 0;
  }
  /**
   * lookup's and exportsOf's answers by depth, file (and name): the table does not change once built, and every
   * importer of a barrel asks it again (an SDK's `export * from` index files, walked once per importing file).
   */
  lookups = /* @__PURE__ */ new Map();
  exported = /* @__PURE__ */ new Map();
  /** The watched value `name` has in `file`, following re-exports; steps in other files are placed. */
  lookup(file2, name2, depth = 0) {
    const key = `${depth}\0${file2}\0${name2}`;
    if (this.lookups.has(key)) return this.lookups.get(key);
    const path2 = this.lookupUncached(file2, name2, depth);
    this.lookups.set(key, path2);
    return path2;
  }
  lookupUncached(file2, name2, depth) {
    if (depth >= MAX_PROJECT_DEPTH) return void 0;
    const symbols = this.files.get(file2);
    if (!symbols) return void 0;
    const own2 = symbols.exports[name2] ?? this.viaDefault(symbols, name2);
    if (own2) return own2;
    for (const link2 of symbols.links) {
      if (!link2.reexport || link2.namespace !== void 0) continue;
      for (const [imported, local] of link2.names) {
        if (local !== name2 && imported !== "*") continue;
        const target = this.resolveSpecifier(file2, link2.specifier);
        const path2 = target && this.lookup(target, imported === "*" ? name2 : imported, depth + 1);
        if (path2) return link2.hop ? placed(path2, link2.hop) : path2;
      }
    }
    return void 0;
  }
  /** `module.exports = require("child_process")` then `require("./cp").exec`: a member of what module.exports holds. */
  viaDefault(symbols, name2) {
    const whole = name2 !== "default" ? symbols.exports.default : void 0;
    const object2 = whole && (whole.members.length === 0 || whole.members[whole.members.length - 1] === RETURNED);
    return whole && object2 && whole.module !== GLOBAL ? extend(whole, name2) : void 0;
  }
  /** Every watched value `file` offers by name, own and re-exported (followed as lookup follows them); shared, so frozen. */
  exportsOf(file2, depth = 0) {
    const key = `${depth}\0${file2}`;
    let out2 = this.exported.get(key);
    if (!out2) this.exported.set(key, out2 = Object.freeze(this.exportsUncached(file2, depth)));
    return out2;
  }
  exportsUncached(file2, depth) {
    const symbols = this.files.get(file2);
    if (!symbols || depth >= MAX_PROJECT_DEPTH) return {};
    const out2 = { ...symbols.exports };
    for (const link2 of symbols.links) {
      if (!link2.reexport) continue;
      const target = this.resolveSpecifier(file2, link2.specifier);
      if (!target) continue;
      for (const [imported, local] of link2.names) {
        if (imported === "*") {
          const prefix = link2.namespace !== void 0 ? `${link2.namespace}.` : "";
          for (const [name2, path2] of Object.entries(this.exportsOf(target, depth + 1))) out2[prefix + name2] ??= link2.hop ? placed(path2, link2.hop) : path2;
        } else if (!out2[local]) {
          const path2 = this.lookup(target, imported, depth + 1);
          if (path2) out2[local] = link2.hop ? placed(path2, link2.hop) : path2;
        }
      }
    }
    return out2;
  }
  /** Could a JavaScript specifier name a file with symbols (a relative one by its last segment; an alias may map to any file)? */
  mayName(specifier) {
    if (!specifier.startsWith(".")) return true;
    const last = specifier.slice(specifier.lastIndexOf("/") + 1);
    return last === "" || last === "." || last === ".." || this.stems.has(last.replace(/\.[cm]?[jt]sx?$/, ""));
  }
  /** A Python `from . import _compat`: the submodule file the name is, when the package does not bind it. */
  submodule(file2, link2, name2) {
    if (!file2.endsWith(".py")) return void 0;
    return this.resolveSpecifier(file2, link2.specifier.endsWith(".") ? link2.specifier + name2 : `${link2.specifier}.${name2}`);
  }
  /** Does any import of `file` name a watched value of another project file? Only such files need a second look. */
  importsWatched(file2) {
    const anyName = this.wholeDefault;
    const python = file2.endsWith(".py");
    for (const link2 of this.files.get(file2)?.links ?? []) {
      const namespace = link2.namespace !== void 0 || link2.inline === true;
      if (python ? !namespace && !link2.names.some(([imported]) => imported === "*" || this.offered.has(imported) || this.stems.has(imported)) : !this.mayName(link2.specifier)) continue;
      if (!python && !namespace && !anyName && !link2.names.some(([imported]) => imported === "*" || this.offered.has(imported))) continue;
      const target = this.resolveSpecifier(file2, link2.specifier);
      if (target && namespace && Object.keys(this.exportsOf(target)).length) return true;
      for (const [imported] of link2.names) {
        if (target && (imported === "*" || (anyName || this.offered.has(imported)) && this.lookup(target, imported) !== void 0)) return true;
        if (target && this.offered.has(imported) && Object.keys(this.exportsOf(target)).some((name2) => name2.startsWith(`${imported}.`))) return true;
        const sub = this.submodule(file2, link2, imported);
        if (sub && Object.keys(this.exportsOf(sub)).length) return true;
      }
    }
    return false;
  }
  /** Every project file `file`'s links may reach: each specifier's file and, in Python, the submodule each imported name may be. */
  linkedFiles(file2) {
    const out2 = /* @__PURE__ */ new Set();
    for (const link2 of this.files.get(file2)?.links ?? []) {
      const target = this.resolveSpecifier(file2, link2.specifier);
      if (target) out2.add(target);
      for (const [imported] of link2.names) {
        const sub = this.submodule(file2, link2, imported);
        if (sub) out2.add(sub);
      }
    }
    return [...out2];
  }
  /**
   * What the files `file` links to offer it, steps' places included, as one string: two scans of `file` with equal
   * strings resolve its imports alike (a kept rescan, or an editor's re-analysis of its edited statements, may be reused).
   */
  offersTo(file2) {
    return JSON.stringify(this.linkedFiles(file2).map((target) => [target, this.exportsOf(target)]));
  }
  /** Does `file` import (a name or a submodule of) one of `targets`? */
  importsAny(file2, targets) {
    for (const link2 of this.files.get(file2)?.links ?? []) {
      const target = this.resolveSpecifier(file2, link2.specifier);
      if (target && targets.has(target)) return true;
      for (const [imported] of link2.names) {
        const sub = this.submodule(file2, link2, imported);
        if (sub && targets.has(sub)) return true;
      }
    }
    return false;
  }
  /** The view one file's analyzer gets. */
  forFile(file2) {
    return {
      lookup: (specifier, name2) => {
        const target = this.resolveSpecifier(file2, specifier);
        return target ? this.lookup(target, name2) : void 0;
      },
      exportsOf: (specifier) => {
        const target = this.resolveSpecifier(file2, specifier);
        return target ? this.exportsOf(target) : {};
      },
      resolves: (specifier) => this.resolveSpecifier(file2, specifier) !== void 0
    };
  }
};
function bindNamespace(bindings, local, exports2, site) {
  const names = Object.entries(exports2);
  for (const [name2, path2] of names) bindings.bindSlot(`${local}.${name2}`, through(path2, site));
  return names.length > 0;
}
function membersOf(exports2, name2) {
  const prefix = `${name2}.`;
  return Object.fromEntries(Object.entries(exports2).flatMap(([key, path2]) => key.startsWith(prefix) ? [[key.slice(prefix.length), path2]] : []));
}
function stemOf(file2) {
  const base = import_node_path3.posix.basename(file2).replace(/\.[^.]*$/, "");
  return base === "index" || base === "__init__" ? import_node_path3.posix.basename(import_node_path3.posix.dirname(file2)) : base;
}
function ancestors(dir) {
  const out2 = [dir];
  while (out2[out2.length - 1] !== "." && out2.length <= MAX_RESOLVE_DEPTH) out2.push(import_node_path3.posix.dirname(out2[out2.length - 1]));
  return out2;
}
function placed(path2, hop2) {
  return { ...path2, via: [{ start: 0, end: 0, tracked: true, placed: hop2 }, ...path2.via ?? []].slice(0, MAX_HOPS) };
}

// core/scan/scan.ts
var import_node_fs2 = require("node:fs");
var import_tree_sitter_wasm3 = __toESM(require_tree_sitter());

// node_modules/zod/v4/classic/external.js
var external_exports = {};
__export(external_exports, {
  $brand: () => $brand,
  $input: () => $input,
  $output: () => $output,
  INVALID: () => INVALID,
  NEVER: () => NEVER,
  TimePrecision: () => TimePrecision,
  ZodAny: () => ZodAny,
  ZodArray: () => ZodArray,
  ZodBase64: () => ZodBase64,
  ZodBase64URL: () => ZodBase64URL,
  ZodBigInt: () => ZodBigInt,
  ZodBigIntFormat: () => ZodBigIntFormat,
  ZodBoolean: () => ZodBoolean,
  ZodCIDRv4: () => ZodCIDRv4,
  ZodCIDRv6: () => ZodCIDRv6,
  ZodCUID: () => ZodCUID,
  ZodCUID2: () => ZodCUID2,
  ZodCatch: () => ZodCatch,
  ZodCodec: () => ZodCodec,
  ZodCompileAsyncError: () => ZodCompileAsyncError,
  ZodCompileUnsupportedError: () => ZodCompileUnsupportedError,
  ZodCreditCard: () => ZodCreditCard,
  ZodCustom: () => ZodCustom,
  ZodCustomStringFormat: () => ZodCustomStringFormat,
  ZodDate: () => ZodDate,
  ZodDefault: () => ZodDefault,
  ZodDiscriminatedUnion: () => ZodDiscriminatedUnion,
  ZodE164: () => ZodE164,
  ZodEmail: () => ZodEmail,
  ZodEmoji: () => ZodEmoji,
  ZodEnum: () => ZodEnum,
  ZodError: () => ZodError,
  ZodExactOptional: () => ZodExactOptional,
  ZodFile: () => ZodFile,
  ZodFirstPartyTypeKind: () => ZodFirstPartyTypeKind,
  ZodFunction: () => ZodFunction,
  ZodGUID: () => ZodGUID,
  ZodIBAN: () => ZodIBAN,
  ZodIPv4: () => ZodIPv4,
  ZodIPv6: () => ZodIPv6,
  ZodISODate: () => ZodISODate,
  ZodISODateTime: () => ZodISODateTime,
  ZodISODuration: () => ZodISODuration,
  ZodISOTime: () => ZodISOTime,
  ZodInstanceOf: () => ZodInstanceOf,
  ZodIntersection: () => ZodIntersection,
  ZodIssueCode: () => ZodIssueCode,
  ZodJWT: () => ZodJWT,
  ZodKSUID: () => ZodKSUID,
  ZodLazy: () => ZodLazy,
  ZodLiteral: () => ZodLiteral,
  ZodMAC: () => ZodMAC,
  ZodMap: () => ZodMap,
  ZodNaN: () => ZodNaN,
  ZodNanoID: () => ZodNanoID,
  ZodNever: () => ZodNever,
  ZodNonOptional: () => ZodNonOptional,
  ZodNull: () => ZodNull,
  ZodNullable: () => ZodNullable,
  ZodNumber: () => ZodNumber,
  ZodNumberFormat: () => ZodNumberFormat,
  ZodObject: () => ZodObject,
  ZodOptional: () => ZodOptional,
  ZodPipe: () => ZodPipe,
  ZodPrefault: () => ZodPrefault,
  ZodPreprocess: () => ZodPreprocess,
  ZodPromise: () => ZodPromise,
  ZodReadonly: () => ZodReadonly,
  ZodRealError: () => ZodRealError,
  ZodRecord: () => ZodRecord,
  ZodSet: () => ZodSet,
  ZodString: () => ZodString,
  ZodStringFormat: () => ZodStringFormat,
  ZodSuccess: () => ZodSuccess,
  ZodSymbol: () => ZodSymbol,
  ZodTemplateLiteral: () => ZodTemplateLiteral,
  ZodTransform: () => ZodTransform,
  ZodTuple: () => ZodTuple,
  ZodType: () => ZodType,
  ZodULID: () => ZodULID,
  ZodURL: () => ZodURL,
  ZodUUID: () => ZodUUID,
  ZodUndefined: () => ZodUndefined,
  ZodUnion: () => ZodUnion,
  ZodUnknown: () => ZodUnknown,
  ZodVoid: () => ZodVoid,
  ZodXID: () => ZodXID,
  ZodXor: () => ZodXor,
  _ZodString: () => _ZodString,
  _default: () => _default2,
  _function: () => _function,
  any: () => any,
  array: () => array,
  base64: () => base642,
  base64url: () => base64url2,
  bigint: () => bigint2,
  boolean: () => boolean2,
  catch: () => _catch2,
  check: () => check,
  cidrv4: () => cidrv42,
  cidrv6: () => cidrv62,
  clone: () => clone,
  codec: () => codec,
  coerce: () => coerce_exports,
  compile: () => compile,
  config: () => config,
  core: () => core_exports2,
  creditCard: () => creditCard2,
  cuid: () => cuid3,
  cuid2: () => cuid22,
  currencyCode: () => currencyCode2,
  custom: () => custom,
  date: () => date2,
  decode: () => decode2,
  decodeAsync: () => decodeAsync2,
  deepPartial: () => deepPartial,
  describe: () => describe2,
  discriminatedUnion: () => discriminatedUnion,
  e164: () => e1642,
  email: () => email2,
  emoji: () => emoji2,
  encode: () => encode2,
  encodeAsync: () => encodeAsync2,
  endsWith: () => _endsWith,
  enum: () => _enum2,
  exactOptional: () => exactOptional,
  file: () => file,
  flattenError: () => flattenError,
  float32: () => float32,
  float64: () => float64,
  formatError: () => formatError,
  fromJSONSchema: () => fromJSONSchema,
  function: () => _function,
  getDiscriminatedOption: () => getDiscriminatedOption,
  getErrorMap: () => getErrorMap,
  globalRegistry: () => globalRegistry,
  gt: () => _gt,
  gte: () => _gte,
  guid: () => guid2,
  hash: () => hash,
  hex: () => hex2,
  hostname: () => hostname2,
  httpUrl: () => httpUrl,
  iban: () => iban2,
  includes: () => _includes,
  input: () => input,
  instanceof: () => _instanceof,
  int: () => int,
  int32: () => int32,
  int64: () => int64,
  intersection: () => intersection,
  invertCodec: () => invertCodec,
  ipv4: () => ipv42,
  ipv6: () => ipv62,
  iso: () => iso_exports,
  json: () => json,
  jwt: () => jwt,
  keyof: () => keyof,
  ksuid: () => ksuid2,
  lazy: () => lazy,
  length: () => _length,
  literal: () => literal,
  locales: () => en_exports,
  looseObject: () => looseObject,
  looseRecord: () => looseRecord,
  lowercase: () => _lowercase,
  lt: () => _lt,
  lte: () => _lte,
  mac: () => mac2,
  map: () => map,
  maxLength: () => _maxLength,
  maxSize: () => _maxSize,
  memoizer: () => memoizer,
  meta: () => meta2,
  mime: () => _mime,
  minLength: () => _minLength,
  minSize: () => _minSize,
  multipleOf: () => _multipleOf,
  nan: () => nan,
  nanoid: () => nanoid2,
  nativeEnum: () => nativeEnum,
  negative: () => _negative,
  never: () => never,
  nonnegative: () => _nonnegative,
  nonoptional: () => nonoptional,
  nonpositive: () => _nonpositive,
  normalize: () => _normalize,
  null: () => _null3,
  nullable: () => nullable,
  nullish: () => nullish2,
  number: () => number2,
  object: () => object,
  optional: () => optional,
  output: () => output,
  overwrite: () => _overwrite,
  parse: () => parse2,
  parseAsync: () => parseAsync2,
  partialRecord: () => partialRecord,
  pipe: () => pipe,
  positive: () => _positive,
  prefault: () => prefault,
  preprocess: () => preprocess,
  prettifyError: () => prettifyError,
  promise: () => promise,
  properties: () => _properties,
  property: () => _property,
  readonly: () => readonly,
  record: () => record,
  refine: () => refine,
  regex: () => _regex,
  regexes: () => regexes_exports,
  registry: () => registry,
  safeDecode: () => safeDecode2,
  safeDecodeAsync: () => safeDecodeAsync2,
  safeEncode: () => safeEncode2,
  safeEncodeAsync: () => safeEncodeAsync2,
  safeParse: () => safeParse2,
  safeParseAsync: () => safeParseAsync2,
  set: () => set,
  setErrorMap: () => setErrorMap,
  size: () => _size,
  slugify: () => _slugify,
  startsWith: () => _startsWith,
  strictObject: () => strictObject,
  string: () => string2,
  stringFormat: () => stringFormat,
  stringbool: () => stringbool,
  success: () => success,
  superRefine: () => superRefine,
  symbol: () => symbol,
  templateLiteral: () => templateLiteral,
  toJSONSchema: () => toJSONSchema,
  toLowerCase: () => _toLowerCase,
  toUpperCase: () => _toUpperCase,
  toZod: () => toZod,
  transform: () => transform,
  treeifyError: () => treeifyError,
  trim: () => _trim,
  tuple: () => tuple,
  uint32: () => uint32,
  uint64: () => uint64,
  ulid: () => ulid2,
  undefined: () => _undefined3,
  union: () => union,
  unknown: () => unknown,
  uppercase: () => _uppercase,
  url: () => url,
  util: () => util_exports,
  uuid: () => uuid2,
  uuidv4: () => uuidv4,
  uuidv6: () => uuidv6,
  uuidv7: () => uuidv7,
  validate: () => validate,
  validateAsync: () => validateAsync,
  void: () => _void2,
  withParser: () => withParser,
  xid: () => xid2,
  xor: () => xor
});

// node_modules/zod/v4/core/index.js
var core_exports2 = {};
__export(core_exports2, {
  $ZodAny: () => $ZodAny,
  $ZodArray: () => $ZodArray,
  $ZodAsyncError: () => $ZodAsyncError,
  $ZodBase64: () => $ZodBase64,
  $ZodBase64URL: () => $ZodBase64URL,
  $ZodBigInt: () => $ZodBigInt,
  $ZodBigIntFormat: () => $ZodBigIntFormat,
  $ZodBoolean: () => $ZodBoolean,
  $ZodCIDRv4: () => $ZodCIDRv4,
  $ZodCIDRv6: () => $ZodCIDRv6,
  $ZodCUID: () => $ZodCUID,
  $ZodCUID2: () => $ZodCUID2,
  $ZodCatch: () => $ZodCatch,
  $ZodCheck: () => $ZodCheck,
  $ZodCheckBigIntFormat: () => $ZodCheckBigIntFormat,
  $ZodCheckEndsWith: () => $ZodCheckEndsWith,
  $ZodCheckGreaterThan: () => $ZodCheckGreaterThan,
  $ZodCheckIncludes: () => $ZodCheckIncludes,
  $ZodCheckLengthEquals: () => $ZodCheckLengthEquals,
  $ZodCheckLessThan: () => $ZodCheckLessThan,
  $ZodCheckLowerCase: () => $ZodCheckLowerCase,
  $ZodCheckMaxLength: () => $ZodCheckMaxLength,
  $ZodCheckMaxSize: () => $ZodCheckMaxSize,
  $ZodCheckMimeType: () => $ZodCheckMimeType,
  $ZodCheckMinLength: () => $ZodCheckMinLength,
  $ZodCheckMinSize: () => $ZodCheckMinSize,
  $ZodCheckMultipleOf: () => $ZodCheckMultipleOf,
  $ZodCheckNumberFormat: () => $ZodCheckNumberFormat,
  $ZodCheckOverwrite: () => $ZodCheckOverwrite,
  $ZodCheckProperties: () => $ZodCheckProperties,
  $ZodCheckProperty: () => $ZodCheckProperty,
  $ZodCheckRegex: () => $ZodCheckRegex,
  $ZodCheckSizeEquals: () => $ZodCheckSizeEquals,
  $ZodCheckStartsWith: () => $ZodCheckStartsWith,
  $ZodCheckStringFormat: () => $ZodCheckStringFormat,
  $ZodCheckUpperCase: () => $ZodCheckUpperCase,
  $ZodCodec: () => $ZodCodec,
  $ZodCreditCard: () => $ZodCreditCard,
  $ZodCustom: () => $ZodCustom,
  $ZodCustomStringFormat: () => $ZodCustomStringFormat,
  $ZodCyclicError: () => $ZodCyclicError,
  $ZodDate: () => $ZodDate,
  $ZodDefault: () => $ZodDefault,
  $ZodDiscriminatedUnion: () => $ZodDiscriminatedUnion,
  $ZodE164: () => $ZodE164,
  $ZodEmail: () => $ZodEmail,
  $ZodEmoji: () => $ZodEmoji,
  $ZodEncodeError: () => $ZodEncodeError,
  $ZodEnum: () => $ZodEnum,
  $ZodError: () => $ZodError,
  $ZodExactOptional: () => $ZodExactOptional,
  $ZodFile: () => $ZodFile,
  $ZodFunction: () => $ZodFunction,
  $ZodGUID: () => $ZodGUID,
  $ZodIBAN: () => $ZodIBAN,
  $ZodIPv4: () => $ZodIPv4,
  $ZodIPv6: () => $ZodIPv6,
  $ZodISODate: () => $ZodISODate,
  $ZodISODateTime: () => $ZodISODateTime,
  $ZodISODuration: () => $ZodISODuration,
  $ZodISOTime: () => $ZodISOTime,
  $ZodIntersection: () => $ZodIntersection,
  $ZodJWT: () => $ZodJWT,
  $ZodKSUID: () => $ZodKSUID,
  $ZodLazy: () => $ZodLazy,
  $ZodLiteral: () => $ZodLiteral,
  $ZodMAC: () => $ZodMAC,
  $ZodMap: () => $ZodMap,
  $ZodNaN: () => $ZodNaN,
  $ZodNanoID: () => $ZodNanoID,
  $ZodNever: () => $ZodNever,
  $ZodNonOptional: () => $ZodNonOptional,
  $ZodNull: () => $ZodNull,
  $ZodNullable: () => $ZodNullable,
  $ZodNumber: () => $ZodNumber,
  $ZodNumberFormat: () => $ZodNumberFormat,
  $ZodObject: () => $ZodObject,
  $ZodObjectJIT: () => $ZodObjectJIT,
  $ZodOptional: () => $ZodOptional,
  $ZodPipe: () => $ZodPipe,
  $ZodPrefault: () => $ZodPrefault,
  $ZodPreprocess: () => $ZodPreprocess,
  $ZodPromise: () => $ZodPromise,
  $ZodReadonly: () => $ZodReadonly,
  $ZodRealError: () => $ZodRealError,
  $ZodRecord: () => $ZodRecord,
  $ZodRegistry: () => $ZodRegistry,
  $ZodSet: () => $ZodSet,
  $ZodString: () => $ZodString,
  $ZodStringFormat: () => $ZodStringFormat,
  $ZodSuccess: () => $ZodSuccess,
  $ZodSymbol: () => $ZodSymbol,
  $ZodTemplateLiteral: () => $ZodTemplateLiteral,
  $ZodTransform: () => $ZodTransform,
  $ZodTuple: () => $ZodTuple,
  $ZodType: () => $ZodType,
  $ZodULID: () => $ZodULID,
  $ZodURL: () => $ZodURL,
  $ZodUUID: () => $ZodUUID,
  $ZodUndefined: () => $ZodUndefined,
  $ZodUnion: () => $ZodUnion,
  $ZodUnknown: () => $ZodUnknown,
  $ZodVoid: () => $ZodVoid,
  $ZodXID: () => $ZodXID,
  $ZodXor: () => $ZodXor,
  $brand: () => $brand,
  $constructor: () => $constructor,
  $input: () => $input,
  $output: () => $output,
  Doc: () => Doc,
  INVALID: () => INVALID,
  JSONSchema: () => json_schema_exports,
  JSONSchemaGenerator: () => JSONSchemaGenerator,
  NEVER: () => NEVER,
  TimePrecision: () => TimePrecision,
  URL_BAD_FORMAT: () => URL_BAD_FORMAT,
  URL_UNPARSEABLE: () => URL_UNPARSEABLE,
  ZodCompileAsyncError: () => ZodCompileAsyncError,
  ZodCompileUnsupportedError: () => ZodCompileUnsupportedError,
  _any: () => _any,
  _array: () => _array,
  _base64: () => _base64,
  _base64url: () => _base64url,
  _bigint: () => _bigint,
  _boolean: () => _boolean,
  _catch: () => _catch,
  _check: () => _check,
  _cidrv4: () => _cidrv4,
  _cidrv6: () => _cidrv6,
  _coercedBigint: () => _coercedBigint,
  _coercedBoolean: () => _coercedBoolean,
  _coercedDate: () => _coercedDate,
  _coercedNumber: () => _coercedNumber,
  _coercedString: () => _coercedString,
  _creditCard: () => _creditCard,
  _cuid: () => _cuid,
  _cuid2: () => _cuid2,
  _custom: () => _custom,
  _date: () => _date,
  _decode: () => _decode,
  _decodeAsync: () => _decodeAsync,
  _default: () => _default,
  _discriminatedUnion: () => _discriminatedUnion,
  _e164: () => _e164,
  _email: () => _email,
  _emoji: () => _emoji2,
  _encode: () => _encode,
  _encodeAsync: () => _encodeAsync,
  _endsWith: () => _endsWith,
  _enum: () => _enum,
  _file: () => _file,
  _float32: () => _float32,
  _float64: () => _float64,
  _gt: () => _gt,
  _gte: () => _gte,
  _guid: () => _guid,
  _iban: () => _iban,
  _includes: () => _includes,
  _int: () => _int,
  _int32: () => _int32,
  _int64: () => _int64,
  _intersection: () => _intersection,
  _ipv4: () => _ipv4,
  _ipv6: () => _ipv6,
  _isoDate: () => _isoDate,
  _isoDateTime: () => _isoDateTime,
  _isoDuration: () => _isoDuration,
  _isoTime: () => _isoTime,
  _jwt: () => _jwt,
  _ksuid: () => _ksuid,
  _lazy: () => _lazy,
  _length: () => _length,
  _literal: () => _literal,
  _lowercase: () => _lowercase,
  _lt: () => _lt,
  _lte: () => _lte,
  _mac: () => _mac,
  _map: () => _map,
  _max: () => _lte,
  _maxLength: () => _maxLength,
  _maxSize: () => _maxSize,
  _mime: () => _mime,
  _min: () => _gte,
  _minLength: () => _minLength,
  _minSize: () => _minSize,
  _multipleOf: () => _multipleOf,
  _nan: () => _nan,
  _nanoid: () => _nanoid,
  _nativeEnum: () => _nativeEnum,
  _negative: () => _negative,
  _never: () => _never,
  _nonnegative: () => _nonnegative,
  _nonoptional: () => _nonoptional,
  _nonpositive: () => _nonpositive,
  _normalize: () => _normalize,
  _null: () => _null2,
  _nullable: () => _nullable,
  _number: () => _number,
  _optional: () => _optional,
  _overwrite: () => _overwrite,
  _parse: () => _parse,
  _parseAsync: () => _parseAsync,
  _pipe: () => _pipe,
  _positive: () => _positive,
  _promise: () => _promise,
  _properties: () => _properties,
  _property: () => _property,
  _readonly: () => _readonly,
  _record: () => _record,
  _refine: () => _refine,
  _regex: () => _regex,
  _safeDecode: () => _safeDecode,
  _safeDecodeAsync: () => _safeDecodeAsync,
  _safeEncode: () => _safeEncode,
  _safeEncodeAsync: () => _safeEncodeAsync,
  _safeParse: () => _safeParse,
  _safeParseAsync: () => _safeParseAsync,
  _set: () => _set,
  _size: () => _size,
  _slugify: () => _slugify,
  _startsWith: () => _startsWith,
  _string: () => _string,
  _stringFormat: () => _stringFormat,
  _stringbool: () => _stringbool,
  _success: () => _success,
  _superRefine: () => _superRefine,
  _symbol: () => _symbol,
  _templateLiteral: () => _templateLiteral,
  _toLowerCase: () => _toLowerCase,
  _toUpperCase: () => _toUpperCase,
  _transform: () => _transform,
  _trim: () => _trim,
  _tuple: () => _tuple,
  _uint32: () => _uint32,
  _uint64: () => _uint64,
  _ulid: () => _ulid,
  _undefined: () => _undefined2,
  _union: () => _union,
  _unknown: () => _unknown,
  _uppercase: () => _uppercase,
  _url: () => _url,
  _uuid: () => _uuid,
  _uuidv4: () => _uuidv4,
  _uuidv6: () => _uuidv6,
  _uuidv7: () => _uuidv7,
  _void: () => _void,
  _xid: () => _xid,
  _xor: () => _xor,
  base64Charset: () => base64Charset,
  base64urlCharset: () => base64urlCharset,
  canParseURL: () => canParseURL,
  clone: () => clone,
  compile: () => compile,
  compileFn: () => compileFn,
  config: () => config,
  createStandardJSONSchemaMethod: () => createStandardJSONSchemaMethod,
  createToJSONSchemaMethod: () => createToJSONSchemaMethod,
  decode: () => decode,
  decodeAsync: () => decodeAsync,
  describe: () => describe,
  encode: () => encode,
  encodeAsync: () => encodeAsync,
  extractDefs: () => extractDefs,
  finalize: () => finalize,
  flattenError: () => flattenError,
  formatError: () => formatError,
  getDiscriminatedOption: () => getDiscriminatedOption,
  globalConfig: () => globalConfig,
  globalRegistry: () => globalRegistry,
  handleUnrepresentable: () => handleUnrepresentable,
  initializeContext: () => initializeContext,
  isBackEdge: () => isBackEdge,
  isRecursiveSchema: () => isRecursiveSchema,
  isValidBase64: () => isValidBase64,
  isValidBase64URL: () => isValidBase64URL,
  isValidCIDRv6: () => isValidCIDRv6,
  isValidCreditCard: () => isValidCreditCard,
  isValidIBAN: () => isValidIBAN,
  isValidIPv6: () => isValidIPv6,
  isValidJWT: () => isValidJWT,
  locales: () => en_exports,
  memoizer: () => memoizer,
  mergeValues: () => mergeValues,
  meta: () => meta,
  parse: () => parse,
  parseAsync: () => parseAsync,
  parseURLObject: () => parseURLObject,
  prettifyError: () => prettifyError,
  process: () => processSchema,
  processSchema: () => processSchema,
  regexes: () => regexes_exports,
  registry: () => registry,
  safeDecode: () => safeDecode,
  safeDecodeAsync: () => safeDecodeAsync,
  safeEncode: () => safeEncode,
  safeEncodeAsync: () => safeEncodeAsync,
  safeParse: () => safeParse,
  safeParseAsync: () => safeParseAsync,
  standardProps: () => standardProps,
  stripTabAndNewline: () => stripTabAndNewline,
  toDotPath: () => toDotPath,
  toJSONSchema: () => toJSONSchema,
  toZod: () => toZod,
  treeifyError: () => treeifyError,
  urlHostnameOk: () => urlHostnameOk,
  urlProtocolOk: () => urlProtocolOk,
  util: () => util_exports,
  validate: () => validate,
  validateAsync: () => validateAsync,
  validateURL: () => validateURL,
  version: () => version,
  withParser: () => withParser
});

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert2,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend2,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert2(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input2) {
  return input2 === null || input2 === void 0;
}
function cleanRegex(source) {
  const start2 = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start2, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object2, key, getter) {
  let value = void 0;
  Object.defineProperty(object2, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path2) {
  if (!path2)
    return obj;
  return path2.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i2 = 0; i2 < keys.length; i2++) {
      resolvedObj[keys[i2]] = results[i2];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i2 = 0; i2 < length; i2++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input2) {
  return input2.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t = typeof data;
  switch (t) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend2(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name2 = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name2}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i2 = startIndex; i2 < x.issues.length; i2++) {
    if (x.issues[i2]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i2 = startIndex; i2 < x.issues.length; i2++) {
    if (x.issues[i2]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path2, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path2);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start2, inst) {
  var _a3;
  for (let i2 = start2; i2 < issues.length; i2++) {
    (_a3 = issues[i2]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input2) {
  if (input2 instanceof Set)
    return "set";
  if (input2 instanceof Map)
    return "map";
  if (input2 instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i2 = 0; i2 < units - 1; i2++) {
    if ((str.charCodeAt(i2) & 64512) === 55296 && (str.charCodeAt(i2 + 1) & 64512) === 56320) {
      count--;
      i2++;
    }
  }
  return count;
}
function getLengthableOrigin(input2) {
  if (Array.isArray(input2))
    return "array";
  if (typeof input2 === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args2) {
  const [iss, input2, inst] = args2;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input: input2,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base643) {
  const binaryString = atob(base643);
  const bytes = new Uint8Array(binaryString.length);
  for (let i2 = 0; i2 < binaryString.length; i2++) {
    bytes[i2] = binaryString.charCodeAt(i2);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i2 = 0; i2 < bytes.length; i2++) {
    binaryString += String.fromCharCode(bytes[i2]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url3) {
  const base643 = base64url3.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base643.length % 4) % 4);
  return base64ToUint8Array(base643 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex3) {
  const cleanHex = hex3.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i2 = 0; i2 < cleanHex.length; i2 += 2) {
    bytes[i2 / 2] = Number.parseInt(cleanHex.slice(i2, i2 + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err2) {
        delete this[key];
        broke = broke || outer;
        throw err2;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/core/core.js
var _a;
var NEVER = /* @__PURE__ */ Object.freeze({
  status: "aborted"
});
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name2, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init3(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name2)) {
      return;
    }
    inst._zod.traits.add(name2);
    initializer3(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name2 });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init3(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init3 });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name2);
    }
  });
  Object.defineProperty(_, "name", { value: name2 });
  return _;
}
var $brand = /* @__PURE__ */ Symbol("zod_brand");
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name2) {
    super(`Encountered unidirectional transform during encode: ${name2}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path2 = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path2, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path2, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path2, ...issue2.path]);
      } else {
        const fullpath = [...path2, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i2 = 0;
          while (i2 < fullpath.length) {
            const el = fullpath[i2];
            const terminal = i2 === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i2++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i2++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}
function treeifyError(error2, mapper = (issue2) => issue2.message) {
  const result = { errors: [] };
  const processError = (error3, path2 = []) => {
    var _a3;
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path2, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path2, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path2, ...issue2.path]);
      } else {
        const fullpath = [...path2, ...issue2.path];
        if (fullpath.length === 0) {
          result.errors.push(mapper(issue2));
          continue;
        }
        let curr = result;
        let i2 = 0;
        while (i2 < fullpath.length) {
          const el = fullpath[i2];
          const terminal = i2 === fullpath.length - 1;
          if (typeof el === "string") {
            curr.properties ?? (curr.properties = {});
            if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
              Object.defineProperty(curr.properties, el, {
                value: { errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            curr = curr.properties[el];
          } else {
            curr.items ?? (curr.items = []);
            (_a3 = curr.items)[el] ?? (_a3[el] = { errors: [] });
            curr = curr.items[el];
          }
          if (terminal) {
            curr.errors.push(mapper(issue2));
          }
          i2++;
        }
      }
    }
  };
  processError(error2);
  return result;
}
function toDotPath(_path) {
  const segs = [];
  const path2 = _path.map((seg) => typeof seg === "object" ? seg.key : seg);
  for (const seg of path2) {
    if (typeof seg === "number")
      segs.push(`[${seg}]`);
    else if (typeof seg === "symbol")
      segs.push(`[${JSON.stringify(String(seg))}]`);
    else if (/[^\w$]/.test(seg))
      segs.push(`[${JSON.stringify(seg)}]`);
    else {
      if (segs.length)
        segs.push(".");
      segs.push(seg);
    }
  }
  return segs.join("");
}
function prettifyError(error2) {
  const lines = [];
  const issues = [...error2.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
  for (const issue2 of issues) {
    lines.push(`\u2716 ${issue2.message}`);
    if (issue2.path?.length)
      lines.push(`  \u2192 at ${toDotPath(issue2.path)}`);
  }
  return lines.join("\n");
}

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema, value, _ctx) => {
  const validator = schema._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var validateAsync = async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length === 0;
};
var _encode = (_Err) => {
  const parse3 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse3(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var encode = /* @__PURE__ */ _encode($ZodRealError);
var _decode = (_Err) => {
  const parse3 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    return parse3(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var decode = /* @__PURE__ */ _decode($ZodRealError);
var _encodeAsync = (_Err) => {
  const parseAsync3 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync3(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var encodeAsync = /* @__PURE__ */ _encodeAsync($ZodRealError);
var _decodeAsync = (_Err) => {
  const parseAsync3 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    return await parseAsync3(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var decodeAsync = /* @__PURE__ */ _decodeAsync($ZodRealError);
var _safeEncode = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema, value, ctx);
};
var safeEncode = /* @__PURE__ */ _safeEncode($ZodRealError);
var _safeDecode = (_Err) => (schema, value, _ctx) => {
  return _safeParse(_Err)(schema, value, _ctx);
};
var safeDecode = /* @__PURE__ */ _safeDecode($ZodRealError);
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema, value, ctx);
};
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync($ZodRealError);
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
  return _safeParseAsync(_Err)(schema, value, _ctx);
};
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var regexes_exports = {};
__export(regexes_exports, {
  anyString: () => anyString,
  base64: () => base64,
  base64url: () => base64url,
  bigint: () => bigint,
  boolean: () => boolean,
  browserEmail: () => browserEmail,
  cidrv4: () => cidrv4,
  cidrv6: () => cidrv6,
  creditCard: () => creditCard,
  cuid: () => cuid,
  cuid2: () => cuid2,
  currencyCode: () => currencyCode,
  date: () => date,
  datetime: () => datetime,
  domain: () => domain,
  duration: () => duration,
  e164: () => e164,
  email: () => email,
  emoji: () => emoji,
  extendedDuration: () => extendedDuration,
  guid: () => guid,
  hex: () => hex,
  hostname: () => hostname,
  html5Email: () => html5Email,
  httpProtocol: () => httpProtocol,
  iban: () => iban,
  idnEmail: () => idnEmail,
  integer: () => integer,
  ipv4: () => ipv4,
  ipv6: () => ipv6,
  ksuid: () => ksuid,
  lowercase: () => lowercase,
  mac: () => mac,
  md5_base64: () => md5_base64,
  md5_base64url: () => md5_base64url,
  md5_hex: () => md5_hex,
  nanoid: () => nanoid,
  nanoidOfLength: () => nanoidOfLength,
  null: () => _null,
  number: () => number,
  rfc5322Email: () => rfc5322Email,
  sha1_base64: () => sha1_base64,
  sha1_base64url: () => sha1_base64url,
  sha1_hex: () => sha1_hex,
  sha256_base64: () => sha256_base64,
  sha256_base64url: () => sha256_base64url,
  sha256_hex: () => sha256_hex,
  sha384_base64: () => sha384_base64,
  sha384_base64url: () => sha384_base64url,
  sha384_hex: () => sha384_hex,
  sha512_base64: () => sha512_base64,
  sha512_base64url: () => sha512_base64url,
  sha512_hex: () => sha512_hex,
  string: () => string,
  time: () => time,
  ulid: () => ulid,
  undefined: () => _undefined,
  unicodeEmail: () => unicodeEmail,
  uppercase: () => uppercase,
  uuid: () => uuid,
  uuid4: () => uuid4,
  uuid6: () => uuid6,
  uuid7: () => uuid7,
  xid: () => xid
});
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version2) => {
  if (!version2)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var uuid4 = /* @__PURE__ */ uuid(4);
var uuid6 = /* @__PURE__ */ uuid(6);
var uuid7 = /* @__PURE__ */ uuid(7);
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
var rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
var unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
var idnEmail = unicodeEmail;
var browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var mac = (delimiter) => {
  const escapedDelim = escapeRegex(delimiter ?? ":");
  return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
var domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var creditCard = /^\d(?:[ -]?\d){11,18}$/;
var currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
var iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args2) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args2.precision === "number" ? args2.precision === -1 ? `${hhmm}` : args2.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args2.precision}}` : args2.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args2) {
  return new RegExp(`^${timeSource(args2)}$`);
}
function datetime(args2) {
  const opts = ["Z"];
  if (args2.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args2.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args2.local ? `${qualified}|${timeSource({ precision: args2.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var string = (params) => {
  const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
  return new RegExp(`^${regex}$`);
};
var bigint = /^-?\d+n?$/;
var integer = /^-?\d+$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var _null = /^null$/i;
var _undefined = /^undefined$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;
var hex = /^[0-9a-fA-F]*$/;
function fixedBase64(bodyLength, padding) {
  return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
function fixedBase64url(length) {
  return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
var md5_hex = /^[0-9a-fA-F]{32}$/;
var md5_base64 = /* @__PURE__ */ fixedBase64(22, "==");
var md5_base64url = /* @__PURE__ */ fixedBase64url(22);
var sha1_hex = /^[0-9a-fA-F]{40}$/;
var sha1_base64 = /* @__PURE__ */ fixedBase64(27, "=");
var sha1_base64url = /* @__PURE__ */ fixedBase64url(27);
var sha256_hex = /^[0-9a-fA-F]{64}$/;
var sha256_base64 = /* @__PURE__ */ fixedBase64(43, "=");
var sha256_base64url = /* @__PURE__ */ fixedBase64url(43);
var sha384_hex = /^[0-9a-fA-F]{96}$/;
var sha384_base64 = /* @__PURE__ */ fixedBase64(64, "");
var sha384_base64url = /* @__PURE__ */ fixedBase64url(64);
var sha512_hex = /^[0-9a-fA-F]{128}$/;
var sha512_base64 = /* @__PURE__ */ fixedBase64(86, "==");
var sha512_base64url = /* @__PURE__ */ fixedBase64url(86);

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasSize = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.size !== void 0;
};
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    if (typeof payload.value !== typeof def.value)
      throw new Error("Cannot mix number and bigint in multiple_of check.");
    const isMultiple = typeof payload.value === "bigint" ? (
      // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
      def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
    ) : floatSafeRemainder(payload.value, def.value) === 0;
    if (isMultiple)
      return;
    payload.issues.push({
      origin: typeof payload.value,
      code: "not_multiple_of",
      divisor: def.value,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    if (isInt) {
      if (!Number.isInteger(input2)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input: input2,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input2)) {
        if (input2 > 0) {
          payload.issues.push({
            input: input2,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input: input2,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input2 < minimum) {
      payload.issues.push({
        origin: "number",
        input: input2,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input2 > maximum) {
      payload.issues.push({
        origin: "number",
        input: input2,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckBigIntFormat = /* @__PURE__ */ $constructor("$ZodCheckBigIntFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  const [minimum, maximum] = BIGINT_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    if (input2 < minimum) {
      payload.issues.push({
        origin: "bigint",
        input: input2,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input2 > maximum) {
      payload.issues.push({
        origin: "bigint",
        input: input2,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxSize = /* @__PURE__ */ $constructor("$ZodCheckMaxSize", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasSize);
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const size = input2.size;
    if (size <= def.maximum)
      return;
    payload.issues.push({
      origin: getSizableOrigin(input2),
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input: input2,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinSize = /* @__PURE__ */ $constructor("$ZodCheckMinSize", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasSize);
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const size = input2.size;
    if (size >= def.minimum)
      return;
    payload.issues.push({
      origin: getSizableOrigin(input2),
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input: input2,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckSizeEquals = /* @__PURE__ */ $constructor("$ZodCheckSizeEquals", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasSize);
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const size = input2.size;
    if (size === def.size)
      return;
    const tooBig = size > def.size;
    payload.issues.push({
      origin: getSizableOrigin(input2),
      ...tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const units = input2.length;
    const length = typeof input2 === "string" && units > def.maximum ? codePointLength(input2) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input2);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input: input2,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const units = input2.length;
    const length = typeof input2 === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input2) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input2);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input: input2,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const units = input2.length;
    const length = typeof input2 === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input2) : units;
    if (length === def.length)
      return;
    const origin = getLengthableOrigin(input2);
    const tooBig = length > def.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
  def.pattern ?? (def.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
  def.pattern ?? (def.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
  $ZodCheck.init(inst, def);
  const escapedRegex = escapeRegex(def.includes);
  const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
  def.pattern = pattern;
  inst._zod.check = (payload) => {
    if (payload.value.includes(def.includes, def.position))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "includes",
      includes: def.includes,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.startsWith(def.prefix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "starts_with",
      prefix: def.prefix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.endsWith(def.suffix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "ends_with",
      suffix: def.suffix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
function handleCheckPropertyResult(result, payload, property) {
  if (result.issues.length) {
    payload.issues.push(...prefixIssues(property, result.issues));
  }
}
var $ZodCheckProperty = /* @__PURE__ */ $constructor("$ZodCheckProperty", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    const result = def.schema._zod.run({
      value: payload.value[def.property],
      issues: []
    }, {});
    if (result instanceof Promise) {
      return result.then((result2) => handleCheckPropertyResult(result2, payload, def.property));
    }
    handleCheckPropertyResult(result, payload, def.property);
    return;
  };
});
var $ZodCheckProperties = /* @__PURE__ */ $constructor("$ZodCheckProperties", (inst, def) => {
  $ZodCheck.init(inst, def);
  hide(inst, Symbol.iterator, function* () {
    yield inst;
  });
  let entries;
  inst._zod.check = (payload) => {
    if (payload.value == null) {
      payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
      return void 0;
    }
    entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
    const input2 = payload.value;
    let proms;
    for (const [key, schema] of entries) {
      const result = schema._zod.run({ value: input2[key], issues: [] }, {});
      if (result instanceof Promise) {
        proms ?? (proms = []);
        proms.push(result.then((result2) => handleCheckPropertyResult(result2, payload, key)));
      } else {
        handleCheckPropertyResult(result, payload, key);
      }
    }
    if (proms)
      return Promise.all(proms).then(() => void 0);
    return void 0;
  };
});
var $ZodCheckMimeType = /* @__PURE__ */ $constructor("$ZodCheckMimeType", (inst, def) => {
  $ZodCheck.init(inst, def);
  const mimeSet = new Set(def.mime);
  inst._zod.check = (payload) => {
    if (mimeSet.has(payload.value.type))
      return;
    payload.issues.push({
      code: "invalid_value",
      values: def.mime,
      input: payload.value.type,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args2 = [], closed = {}) {
    this.content = [];
    this.indent = 0;
    this.args = args2;
    this.closed = closed;
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg === "function") {
      arg(this, { execution: "sync" });
      arg(this, { execution: "async" });
      return;
    }
    const content = arg;
    const lines = content.split("\n").filter((x) => x);
    const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
    const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
    for (const line of dedented) {
      this.content.push(line);
    }
  }
  compile() {
    const F = Function;
    const content = this?.content ?? [``];
    const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
    return factory(...Object.values(this.closed));
  }
};

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
  def.pattern ?? (def.pattern = guid);
  $ZodStringFormat.init(inst, def);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
  if (def.version) {
    const versionMap = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8
    };
    const v = versionMap[def.version];
    if (v === void 0)
      throw new Error(`Invalid UUID version: "${def.version}"`);
    def.pattern ?? (def.pattern = uuid(v));
  } else
    def.pattern ?? (def.pattern = uuid());
  $ZodStringFormat.init(inst, def);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
  def.pattern ?? (def.pattern = email);
  $ZodStringFormat.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input2) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input2);
    new URL(input2);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url2, hostname3) {
  hostname3.lastIndex = 0;
  return hostname3.test(url2.hostname);
}
function urlProtocolOk(url2, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url2.protocol.endsWith(":") ? url2.protocol.slice(0, -1) : url2.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url2 = validateURL(trimmed, def);
      if (url2 === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url2 === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url2 === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url2, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url2, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url2.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
  def.pattern ?? (def.pattern = emoji());
  $ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
  if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
    throw new Error(`Invalid nanoid length: ${def.length}`);
  def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
  def.pattern ?? (def.pattern = cuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
  def.pattern ?? (def.pattern = cuid2);
  $ZodStringFormat.init(inst, def);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
  def.pattern ?? (def.pattern = ulid);
  $ZodStringFormat.init(inst, def);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
  def.pattern ?? (def.pattern = xid);
  $ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
  def.pattern ?? (def.pattern = ksuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration);
  $ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
  def.pattern ?? (def.pattern = ipv4);
  $ZodStringFormat.init(inst, def);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
  def.pattern ?? (def.pattern = ipv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidIPv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "ipv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodMAC = /* @__PURE__ */ $constructor("$ZodMAC", (inst, def) => {
  def.pattern ?? (def.pattern = mac(def.delimiter));
  $ZodStringFormat.init(inst, def);
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv4);
  $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
  const parts2 = value.split("/");
  if (parts2.length !== 2)
    return false;
  const [address, prefix] = parts2;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidCIDRv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "cidrv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
  def.pattern ?? (def.pattern = base64Charset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base643 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base643.padEnd(Math.ceil(base643.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
  def.pattern ?? (def.pattern = base64urlCharset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64URL(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64url",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
  def.pattern ?? (def.pattern = e164);
  $ZodStringFormat.init(inst, def);
});
var CC_SANITIZE = /[- ]/g;
function isLuhnAlgo(digits) {
  let length = digits.length;
  let bit = 1;
  let sum = 0;
  while (length) {
    const value = digits.charCodeAt(--length) - 48;
    bit ^= 1;
    sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
  }
  return sum % 10 === 0;
}
function isValidCreditCard(input2) {
  if (!creditCard.test(input2))
    return false;
  return isLuhnAlgo(input2.replace(CC_SANITIZE, ""));
}
var $ZodCreditCard = /* @__PURE__ */ $constructor("$ZodCreditCard", (inst, def) => {
  def.pattern ?? (def.pattern = creditCard);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidCreditCard(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "credit_card",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
function isIso7064Mod97(iban3) {
  let remainder = 0;
  const len = iban3.length;
  for (let i2 = 4; i2 < len; i2++) {
    const code = iban3.charCodeAt(i2);
    remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
  }
  for (let i2 = 0; i2 < 4; i2++) {
    const code = iban3.charCodeAt(i2);
    remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
  }
  return remainder === 1;
}
function isValidIBAN(input2) {
  if (!iban.test(input2))
    return false;
  return isIso7064Mod97(input2);
}
var $ZodIBAN = /* @__PURE__ */ $constructor("$ZodIBAN", (inst, def) => {
  def.pattern ?? (def.pattern = iban);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidIBAN(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "iban",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidJWT(payload.value, def.alg))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "jwt",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCustomStringFormat = /* @__PURE__ */ $constructor("$ZodCustomStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (def.fn(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: def.format,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input2 = payload.value;
    if (typeof input2 === "number" && !Number.isNaN(input2) && Number.isFinite(input2)) {
      return payload;
    }
    const received = typeof input2 === "number" ? Number.isNaN(input2) ? "NaN" : !Number.isFinite(input2) ? String(input2) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input: input2,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input2 = payload.value;
    if (typeof input2 === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodBigInt = /* @__PURE__ */ $constructor("$ZodBigInt", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = bigint;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = BigInt(payload.value);
      } catch (_) {
      }
    if (typeof payload.value === "bigint")
      return payload;
    payload.issues.push({
      expected: "bigint",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodBigIntFormat = /* @__PURE__ */ $constructor("$ZodBigIntFormat", (inst, def) => {
  $ZodCheckBigIntFormat.init(inst, def);
  $ZodBigInt.init(inst, def);
});
var $ZodSymbol = /* @__PURE__ */ $constructor("$ZodSymbol", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (typeof input2 === "symbol")
      return payload;
    payload.issues.push({
      expected: "symbol",
      code: "invalid_type",
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodUndefined = /* @__PURE__ */ $constructor("$ZodUndefined", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = _undefined;
  inst._zod.values = /* @__PURE__ */ new Set([void 0]);
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (typeof input2 === "undefined")
      return payload;
    payload.issues.push({
      expected: "undefined",
      code: "invalid_type",
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodNull = /* @__PURE__ */ $constructor("$ZodNull", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = _null;
  inst._zod.values = /* @__PURE__ */ new Set([null]);
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (input2 === null)
      return payload;
    payload.issues.push({
      expected: "null",
      code: "invalid_type",
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodAny = /* @__PURE__ */ $constructor("$ZodAny", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodVoid = /* @__PURE__ */ $constructor("$ZodVoid", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (typeof input2 === "undefined")
      return payload;
    payload.issues.push({
      expected: "void",
      code: "invalid_type",
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodDate = /* @__PURE__ */ $constructor("$ZodDate", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce) {
      try {
        payload.value = new Date(payload.value);
      } catch (_err) {
      }
    }
    const input2 = payload.value;
    const isDate = input2 instanceof Date;
    const isValidDate = isDate && !Number.isNaN(input2.getTime());
    if (isValidDate)
      return payload;
    payload.issues.push({
      expected: "date",
      code: "invalid_type",
      input: input2,
      ...isDate ? { received: "Invalid Date" } : {},
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse3 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start2 = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start2].continue = false;
          attachSchema(payload.issues, start2, inst);
          return payload;
        }
      }
    }
    return parse3(payload, ctx);
  };
}
var arraySize = (input2) => Array.isArray(input2) ? input2.length : -1;
var mapSize = (input2) => input2 instanceof Map ? input2.size : -1;
var setSize = (input2) => input2 instanceof Set ? input2.size : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!Array.isArray(input2)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input: input2,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input2.length), ctx) : Array(input2.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i2 = 0; i2 < input2.length; i2++) {
      const item = input2[i2];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i2)));
      } else {
        handleArrayResult(result, payload, i2);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input2, optin, optout) {
  const isPresent = key in input2;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input2, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input2) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input2[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input2, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input2, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input: input2,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input2 = payload.value;
    if (!isObject2(input2)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input: input2,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input2[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input2, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input2, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input2, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
  $ZodObject.init(inst, def);
  const superParse = inst._zod.parse;
  const _normalized = cached(() => normalizeDef(def));
  const memo2 = globalConfig.memoizer;
  const generateFastpass = (shape) => {
    const normalized = _normalized.value;
    const syms = normalized.symbolKeys;
    const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
    const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
    const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
    doc.write(`const input = payload.value;`);
    const ids = /* @__PURE__ */ Object.create(null);
    let counter = 0;
    for (const key of normalized.allKeys) {
      ids[key] = `key_${counter++}`;
    }
    doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
    for (const key of normalized.allKeys) {
      if (key === "__proto__")
        continue;
      const id = ids[key];
      const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
      const isPresent = `${k} in input`;
      const schema = shape[key];
      const optin = schema?._zod?.optin;
      const isOptionalIn = optin !== void 0;
      const isOptionalOut = schema?._zod?.optout === "optional";
      doc.write(`const ${id} = ${parseStr(k)};`);
      if (isOptionalIn && isOptionalOut) {
        const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
        doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
      } else if (!isOptionalIn) {
        doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
      } else {
        doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
        if (optin === "defaulted") {
          doc.write(`newResult[${k}] = ${id}.value;`);
        } else {
          doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
        }
      }
    }
    doc.write(`payload.value = newResult;`);
    doc.write(`return payload;`);
    return doc.compile();
  };
  let fastpass;
  const isObject2 = isObject;
  const jit = !globalConfig.jitless;
  const allowsEval2 = allowsEval;
  const fastEnabled = jit && allowsEval2.value;
  const catchall = def.catchall;
  let value;
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input2 = payload.value;
    if (!isObject2(input2)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input: input2,
        inst
      });
      return payload;
    }
    if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
      if (!fastpass)
        fastpass = generateFastpass(def.shape);
      payload = fastpass(payload, ctx);
      if (!catchall)
        return payload;
      return handleCatchall([], input2, payload, ctx, value, inst, ctx?.abortEarly === true);
    }
    return superParse(payload, ctx);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
  const matches = [];
  for (let i2 = 0; i2 < results.length; i2++) {
    if (results[i2].issues.length === 0)
      matches.push(i2);
  }
  if (matches.length === 1) {
    final.value = results[matches[0]].value;
    return final;
  }
  if (matches.length === 0) {
    final.issues.push({
      code: "invalid_union",
      input: final.value,
      inst,
      errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
    });
  } else {
    final.issues.push({
      code: "invalid_union",
      input: final.value,
      inst,
      errors: [],
      inclusive: false,
      matches
    });
  }
  return final;
}
var $ZodXor = /* @__PURE__ */ $constructor("$ZodXor", (inst, def) => {
  $ZodUnion.init(inst, def);
  def.inclusive = false;
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        results.push(result);
      }
    }
    if (!async)
      return handleExclusiveUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleExclusiveUnionResults(results2, payload, inst, ctx);
    });
  };
});
function getDiscriminatedOption(union2, value) {
  const internals = union2._zod;
  let map2 = internals.bag.optionsMap;
  if (!map2) {
    map2 = discriminatorMap(internals.def);
    internals.bag.optionsMap = map2;
  }
  const option = map2.get(value);
  if (option === null)
    throw new Error(`Ambiguous discriminator value "${String(value)}"`);
  return option;
}
function discriminatorMap(def) {
  const map2 = /* @__PURE__ */ new Map();
  for (const option of def.options) {
    const values = option._zod.propValues?.[def.discriminator];
    if (!values || values.size === 0)
      throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
    for (const value of values) {
      if (map2.has(value)) {
        if (value !== void 0)
          throw new Error(`Duplicate discriminator value "${String(value)}"`);
        map2.set(value, null);
      } else {
        map2.set(value, option);
      }
    }
  }
  return map2;
}
var $ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("$ZodDiscriminatedUnion", (inst, def) => {
  def.inclusive = false;
  $ZodUnion.init(inst, def);
  const _super = inst._zod.parse;
  defineLazyInternal(inst, "propValues", (zod) => {
    const propValues = {};
    let undefinedCount = 0;
    for (const option of zod.def.options) {
      const pv = option._zod.propValues;
      if (!pv || Object.keys(pv).length === 0)
        throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
      if (pv[zod.def.discriminator]?.has(void 0))
        undefinedCount++;
      for (const [k, v] of Object.entries(pv)) {
        if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
          assignProp(propValues, k, /* @__PURE__ */ new Set());
        }
        for (const val of v) {
          propValues[k].add(val);
        }
      }
    }
    if (!zod.def.unionFallback && undefinedCount > 1)
      propValues[zod.def.discriminator]?.delete(void 0);
    return propValues;
  });
  def.options.forEach((option, i2) => {
    const propShape = rawShape(option._zod.def);
    if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
      throw new Error(`Invalid discriminated union option at index "${i2}"`);
    }
  });
  const disc = cached(() => discriminatorMap(def));
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!isObject(input2)) {
      payload.issues.push({
        code: "invalid_type",
        expected: "object",
        input: input2,
        inst
      });
      return payload;
    }
    const value = input2?.[def.discriminator];
    const opt = disc.value.get(value);
    if (opt && (value !== void 0 || ctx.direction !== "backward")) {
      return opt._zod.run(payload, ctx);
    }
    if (def.unionFallback || ctx.direction === "backward") {
      return _super(payload, ctx);
    }
    payload.issues.push({
      code: "invalid_union",
      errors: [],
      note: "No matching discriminator",
      discriminator: def.discriminator,
      options: Array.from(disc.value.keys()).filter((value2) => disc.value.get(value2) !== null),
      input: input2,
      path: [def.discriminator],
      inst
    });
    return payload;
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    const left = def.left._zod.run({ value: input2, issues: [] }, ctx);
    const right = def.right._zod.run({ value: input2, issues: [] }, ctx);
    const async = left instanceof Promise || right instanceof Promise;
    if (async) {
      return Promise.all([left, right]).then(([left2, right2]) => {
        return handleIntersectionResults(payload, left2, right2);
      });
    }
    return handleIntersectionResults(payload, left, right);
  };
});
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
var $ZodTuple = /* @__PURE__ */ $constructor("$ZodTuple", (inst, def) => {
  $ZodType.init(inst, def);
  const items = def.items;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!Array.isArray(input2)) {
      payload.issues.push({
        input: input2,
        inst,
        expected: "tuple",
        code: "invalid_type"
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, [], ctx) : [];
    const proms = [];
    const optinStart = getTupleOptStart(items, "optin");
    const optoutStart = getTupleOptStart(items, "optout");
    if (!def.rest) {
      if (input2.length < optinStart) {
        payload.issues.push({
          code: "too_small",
          minimum: optinStart,
          inclusive: true,
          input: input2,
          inst,
          origin: "array"
        });
        return payload;
      }
      if (input2.length > items.length) {
        payload.issues.push({
          code: "too_big",
          maximum: items.length,
          inclusive: true,
          input: input2,
          inst,
          origin: "array"
        });
      }
    }
    const itemResults = new Array(items.length);
    const abortEarly = def.rest ? ctx?.abortEarly : void 0;
    let itemAborted = false;
    for (let i2 = 0; i2 < items.length; i2++) {
      const r = items[i2]._zod.run({ value: input2[i2], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((rr) => {
          itemResults[i2] = rr;
        }));
      } else {
        itemResults[i2] = r;
        if (abortEarly && !itemAborted && r.issues.length)
          itemAborted = aborted(r);
      }
    }
    if (def.rest && !itemAborted) {
      let i2 = items.length - 1;
      const rest = input2.slice(items.length);
      let seen = payload.issues.length;
      for (const el of rest) {
        if (abortEarly && payload.issues.length !== seen) {
          if (aborted(payload, seen))
            break;
          seen = payload.issues.length;
        }
        i2++;
        const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((r) => handleTupleResult(r, payload, i2)));
        } else {
          handleTupleResult(result, payload, i2);
        }
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input2, optoutStart));
    }
    return handleTupleResults(itemResults, payload, items, input2, optoutStart);
  };
});
function getTupleOptStart(items, key) {
  for (let i2 = items.length - 1; i2 >= 0; i2--) {
    const omittable = key === "optin" ? items[i2]._zod.optin !== void 0 : items[i2]._zod.optout === "optional";
    if (!omittable)
      return i2 + 1;
  }
  return 0;
}
function handleTupleResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input2, optoutStart) {
  for (let i2 = 0; i2 < items.length; i2++) {
    const r = itemResults[i2];
    const isPresent = i2 < input2.length;
    if (!isPresent && i2 >= optoutStart && items[i2]._zod.optin === "optional") {
      final.value.length = i2;
      break;
    }
    if (r.issues.length) {
      if (!isPresent && i2 >= optoutStart) {
        final.value.length = i2;
        break;
      }
      final.issues.push(...prefixIssues(i2, r.issues));
    }
    final.value[i2] = r.value;
  }
  for (let i2 = final.value.length - 1; i2 >= input2.length; i2--) {
    if (items[i2]._zod.optout === "optional" && final.value[i2] === void 0) {
      final.value.length = i2;
    } else {
      break;
    }
  }
  return final;
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!isPlainObject(input2)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input: input2,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input2[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input2) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input2[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input: input2,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input2)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input2, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input2[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input2[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input: input2,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodMap = /* @__PURE__ */ $constructor("$ZodMap", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!(input2 instanceof Map)) {
      payload.issues.push({
        expected: "map",
        code: "invalid_type",
        input: input2,
        inst
      });
      return payload;
    }
    const proms = [];
    payload.value = memo2 ? memo2.alloc(inst, payload, /* @__PURE__ */ new Map(), ctx) : /* @__PURE__ */ new Map();
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const [key, value] of input2) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
      const valueResult = def.valueType._zod.run({ value, issues: [] }, ctx);
      if (keyResult instanceof Promise || valueResult instanceof Promise) {
        proms.push(Promise.all([keyResult, valueResult]).then(([keyResult2, valueResult2]) => {
          handleMapResult(keyResult2, valueResult2, payload, key, input2, inst, ctx);
        }));
      } else {
        handleMapResult(keyResult, valueResult, payload, key, input2, inst, ctx);
      }
    }
    if (proms.length)
      return Promise.all(proms).then(() => payload);
    return payload;
  };
  capSize(inst, mapSize);
});
function handleMapResult(keyResult, valueResult, final, key, input2, inst, ctx) {
  if (keyResult.issues.length) {
    if (propertyKeyTypes.has(typeof key)) {
      final.issues.push(...prefixIssues(key, keyResult.issues));
    } else {
      final.issues.push({
        code: "invalid_key",
        origin: "map",
        input: input2,
        inst,
        issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config()))
      });
    }
  }
  if (valueResult.issues.length) {
    if (propertyKeyTypes.has(typeof key)) {
      final.issues.push(...prefixIssues(key, valueResult.issues));
    } else {
      final.issues.push({
        origin: "map",
        code: "invalid_element",
        input: input2,
        inst,
        key,
        issues: valueResult.issues.map((iss) => finalizeIssue(iss, ctx, config()))
      });
    }
  }
  final.value.set(keyResult.value, valueResult.value);
}
var $ZodSet = /* @__PURE__ */ $constructor("$ZodSet", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!(input2 instanceof Set)) {
      payload.issues.push({
        input: input2,
        inst,
        expected: "set",
        code: "invalid_type"
      });
      return payload;
    }
    const proms = [];
    payload.value = memo2 ? memo2.alloc(inst, payload, /* @__PURE__ */ new Set(), ctx) : /* @__PURE__ */ new Set();
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const item of input2) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleSetResult(result2, payload)));
      } else
        handleSetResult(result, payload);
    }
    if (proms.length)
      return Promise.all(proms).then(() => payload);
    return payload;
  };
  capSize(inst, setSize);
});
function handleSetResult(result, final) {
  if (result.issues.length) {
    final.issues.push(...result.issues);
  }
  final.value.add(result.value);
}
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (valuesSet.has(input2)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (values.has(input2)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodFile = /* @__PURE__ */ $constructor("$ZodFile", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (input2 instanceof File)
      return payload;
    payload.issues.push({
      expected: "file",
      code: "invalid_type",
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output2 = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output2.then((output3) => {
        payload.value = output3;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => {
    const v = zod.def.innerType._zod.values;
    return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleNonOptionalResult(result2, inst));
    }
    return handleNonOptionalResult(result, inst);
  };
});
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
var $ZodSuccess = /* @__PURE__ */ $constructor("$ZodSuccess", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError("ZodSuccess");
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => {
        payload.value = result2.issues.length === 0;
        return payload;
      });
    }
    payload.value = result.issues.length === 0;
    return payload;
  };
});
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
    }
    return handleCatchResult(payload, result, def, ctx);
  };
});
var $ZodNaN = /* @__PURE__ */ $constructor("$ZodNaN", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
      payload.issues.push({
        input: payload.value,
        inst,
        expected: "nan",
        code: "invalid_type"
      });
      return payload;
    }
    return payload;
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodCodec = /* @__PURE__ */ $constructor("$ZodCodec", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
      const left = def.in._zod.run(payload, ctx);
      if (left instanceof Promise) {
        return left.then((left2) => handleCodecAResult(left2, def, ctx));
      }
      return handleCodecAResult(left, def, ctx);
    } else {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handleCodecAResult(right2, def, ctx));
      }
      return handleCodecAResult(right, def, ctx);
    }
  };
});
function handleCodecAResult(result, def, ctx) {
  if (result.issues.length) {
    result.aborted = true;
    return result;
  }
  const direction = ctx.direction || "forward";
  if (direction === "forward") {
    const transformed = def.transform(result.value, result);
    if (transformed instanceof Promise) {
      return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
    }
    return handleCodecTxResult(result, transformed, def.out, ctx);
  } else {
    const transformed = def.reverseTransform(result.value, result);
    if (transformed instanceof Promise) {
      return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
    }
    return handleCodecTxResult(result, transformed, def.in, ctx);
  }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
  if (left.issues.length) {
    left.aborted = true;
    return left;
  }
  return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
var $ZodPreprocess = /* @__PURE__ */ $constructor("$ZodPreprocess", (inst, def) => {
  $ZodPipe.init(inst, def);
});
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
function leafPattern(schema) {
  const def = schema._zod.def;
  let pattern = def.pattern;
  let isInt = !!def.format?.includes("int");
  let minimum;
  let maximum;
  for (const ch of def.checks ?? []) {
    const d = ch._zod.def;
    if (d.pattern)
      pattern = d.pattern;
    isInt || (isInt = !!d.format?.includes("int"));
    const lo = d.minimum ?? d.length;
    const hi = d.maximum ?? d.length;
    if (lo !== void 0 && (minimum === void 0 || lo > minimum))
      minimum = lo;
    if (hi !== void 0 && (maximum === void 0 || hi < maximum))
      maximum = hi;
  }
  if (pattern)
    return pattern.source;
  if (minimum !== void 0 && maximum !== void 0 && minimum > maximum)
    return "(?!)";
  if (minimum !== void 0 || maximum !== void 0)
    return string({ minimum, maximum }).source;
  const own2 = schema._zod.pattern;
  return (isInt && own2 === number ? integer : own2)?.source;
}
function partPattern(schema) {
  const def = schema._zod.def;
  const own2 = schema._zod.pattern?.source;
  const inner = def.innerType ?? schema._zod.innerType;
  if (inner) {
    const before = inner._zod.pattern?.source;
    const after = partPattern(inner);
    if (own2 && before && after && after !== before) {
      return own2.replace(cleanRegex(before), () => cleanRegex(after));
    }
    return own2;
  }
  if (def.options) {
    const sources = def.options.map(partPattern);
    if (sources.every(Boolean))
      return `^(${sources.map((s) => cleanRegex(s)).join("|")})$`;
  }
  return leafPattern(schema);
}
var $ZodTemplateLiteral = /* @__PURE__ */ $constructor("$ZodTemplateLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const regexParts = [];
  for (const part of def.parts) {
    if (typeof part === "object" && part !== null) {
      const source = partPattern(part);
      if (!source) {
        throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
      }
      regexParts.push(cleanRegex(source));
    } else if (part === null || primitiveTypes.has(typeof part)) {
      regexParts.push(escapeRegex(`${part}`));
    } else {
      throw new Error(`Invalid template literal part: ${part}`);
    }
  }
  inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
  inst._zod.parse = (payload, _ctx) => {
    if (typeof payload.value !== "string") {
      payload.issues.push({
        input: payload.value,
        inst,
        expected: "string",
        code: "invalid_type"
      });
      return payload;
    }
    inst._zod.pattern.lastIndex = 0;
    if (!inst._zod.pattern.test(payload.value)) {
      payload.issues.push({
        input: payload.value,
        inst,
        code: "invalid_format",
        format: def.format ?? "template_literal",
        pattern: inst._zod.pattern.source
      });
      return payload;
    }
    return payload;
  };
});
var $ZodFunction = /* @__PURE__ */ $constructor("$ZodFunction", (inst, def) => {
  $ZodType.init(inst, def);
  Object.defineProperty(inst, "_def", { value: def });
  inst._zod.def = def;
  inst.implement = (func2) => {
    if (typeof func2 !== "function") {
      throw new Error("implement() must be called with a function");
    }
    return Object.defineProperty(function(...args2) {
      const parsedArgs = inst._def.input ? parse(inst._def.input, args2) : args2;
      const result = Reflect.apply(func2, this, parsedArgs);
      if (inst._def.output) {
        return parse(inst._def.output, result);
      }
      return result;
    }, "_zod", { value: inst._zod, enumerable: false });
  };
  inst.implementAsync = (func2) => {
    if (typeof func2 !== "function") {
      throw new Error("implementAsync() must be called with a function");
    }
    return Object.defineProperty(async function(...args2) {
      const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args2) : args2;
      const result = await Reflect.apply(func2, this, parsedArgs);
      if (inst._def.output) {
        return await parseAsync(inst._def.output, result);
      }
      return result;
    }, "_zod", { value: inst._zod, enumerable: false });
  };
  inst._zod.parse = (payload, _ctx) => {
    if (typeof payload.value !== "function") {
      payload.issues.push({
        code: "invalid_type",
        expected: "function",
        input: payload.value,
        inst
      });
      return payload;
    }
    const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
    if (hasPromiseOutput) {
      payload.value = inst.implementAsync(payload.value);
    } else {
      payload.value = inst.implement(payload.value);
    }
    return payload;
  };
  inst.input = (...args2) => {
    const F = inst.constructor;
    if (Array.isArray(args2[0])) {
      return new F({
        type: "function",
        input: new $ZodTuple({
          type: "tuple",
          items: args2[0],
          rest: args2[1]
        }),
        output: inst._def.output
      });
    }
    return new F({
      type: "function",
      input: args2[0],
      output: inst._def.output
    });
  };
  inst.output = (output2) => {
    const F = inst.constructor;
    return new F({
      type: "function",
      input: inst._def.input,
      output: output2
    });
  };
  return inst;
});
var $ZodPromise = /* @__PURE__ */ $constructor("$ZodPromise", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
  };
});
var $ZodLazy = /* @__PURE__ */ $constructor("$ZodLazy", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazy(inst._zod, "innerType", () => {
    const d = def;
    if (!d._cachedInner)
      d._cachedInner = def.getter();
    return d._cachedInner;
  });
  defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
  defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
  defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? void 0);
  inst._zod.parse = (payload, ctx) => {
    const inner = inst._zod.innerType;
    return inner._zod.run(payload, ctx);
  };
});
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const r = def.fn(input2);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input2, inst));
    }
    handleRefineResult(r, payload, input2, inst);
    return;
  };
});
function handleRefineResult(result, payload, input2, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input: input2,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check2 = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve);
      if (answer > result)
        result = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge2(raw ? shape(raw, true) : ASSUMED);
      check2(def.catchall);
      break;
    }
    case "array":
      check2(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check2(el);
      check2(def.rest);
      break;
    case "record":
    case "map":
      check2(def.keyType);
      check2(def.valueType);
      break;
    case "set":
      check2(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check2(el);
      break;
    case "intersection":
      check2(def.left);
      check2(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check2(def.innerType);
      break;
    case "pipe":
      check2(def.in);
      check2(def.out);
      break;
    case "function":
      check2(def.input);
      check2(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check2(value);
        else if (Array.isArray(value))
          for (const el of value)
            check2(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function isRecursiveSchema(inst) {
  return isRecursive(inst, /* @__PURE__ */ new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open = [];
var memo = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry = { value: empty, issues: null };
    bucket.set(payload.value, entry);
    open.push(entry);
    return empty;
  },
  guard(inst) {
    var _a3;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a3;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input2 = payload.value;
        if (!isRef(input2))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input2);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open.length;
        const result = base(payload, ctx);
        handoff = void 0;
        const entry = open.length > depth ? open.pop() : void 0;
        if (result instanceof Promise) {
          return result.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
        return result;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// zod-locales:node_modules/zod/v4/locales/en.js
var en_exports = {};
__export(en_exports, {
  en: () => en_default
});

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input2) {
    if (type === "number" && typeof input2 === "number" && !Number.isFinite(input2)) {
      return String(input2);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $output = /* @__PURE__ */ Symbol("ZodOutput");
var $input = /* @__PURE__ */ Symbol("ZodInput");
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta3 = _meta[0];
    this._map.set(schema, meta3);
    if (meta3 && typeof meta3 === "object" && "id" in meta3) {
      this._idmap.set(meta3.id, schema);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema) {
    const meta3 = this._map.get(schema);
    if (meta3 && typeof meta3 === "object" && "id" in meta3) {
      this._idmap.delete(meta3.id);
    }
    this._map.delete(schema);
    return this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/compile.js
var INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var FALLBACK_FLAG = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var ZodCompileAsyncError = class extends Error {
  constructor(message = "z.compile does not support async refinements, transforms, or checks") {
    super(message);
    this.name = "ZodCompileAsyncError";
  }
};
var ZodCompileUnsupportedError = class extends Error {
  constructor(feature, islandable = true) {
    super(`z.compile does not support ${feature}; this schema must use the runtime parser`);
    this.name = "ZodCompileUnsupportedError";
    this.islandable = islandable;
  }
};
function compileValidator(schema, parser) {
  try {
    return compileFn(schema, { assertOnly: true });
  } catch {
    return parser;
  }
}
function compile(schema, options) {
  try {
    const parser = compileFn(schema);
    const clone2 = withParser(schema, parser);
    clone2._zod.bag.validator = compileValidator(schema, parser);
    return clone2;
  } catch (err2) {
    if (options?.strict)
      throw err2;
    return schema;
  }
}
function withParser(schema, parser) {
  if (isRecursiveSchema(schema)) {
    throw new ZodCompileUnsupportedError("a schema whose subtree contains a reference cycle");
  }
  const clone2 = clone(schema);
  const liveRun = schema._zod.run;
  const originalRun = liveRun.__originalRun ?? liveRun;
  const wrapped = (payload, ctx) => {
    if (ctx?.async || ctx?.direction === "backward" || ctx?.skipChecks || ctx?.[FALLBACK_FLAG]) {
      return originalRun(payload, ctx);
    }
    if (ctx && isBackEdge(ctx, payload.value)) {
      return originalRun(payload, ctx);
    }
    const out2 = parser(payload.value);
    if (out2 !== INVALID) {
      payload.value = out2;
      return payload;
    }
    if (ctx)
      ctx[FALLBACK_FLAG] = true;
    return originalRun(payload, ctx);
  };
  wrapped.__originalRun = originalRun;
  clone2._zod.bag.fallbackRun = originalRun;
  clone2._zod.bag.validator = parser;
  clone2._zod.run = wrapped;
  if (!liveRun.__originalRun)
    installCompiledUserMethods(clone2, schema, parser);
  return clone2;
}
function installCompiledUserMethods(target, source, parser) {
  const targetAny = target;
  const sourceAny = source;
  if (typeof sourceAny.safeParse === "function") {
    const originalSafeParse = sourceAny.safeParse;
    targetAny.safeParse = (data, params) => {
      const out2 = parser(data);
      if (out2 !== INVALID) {
        return { success: true, data: out2 };
      }
      return originalSafeParse(data, params);
    };
  }
  if (typeof sourceAny.parse === "function") {
    const originalParse = sourceAny.parse;
    targetAny.parse = (data, params) => {
      const out2 = parser(data);
      if (out2 !== INVALID) {
        return out2;
      }
      return originalParse(data, params);
    };
  }
}
function compileFn(schema, options) {
  let recursive2 = true;
  try {
    recursive2 = isRecursiveSchema(schema);
  } catch {
  }
  if (recursive2) {
    throw new ZodCompileUnsupportedError("a schema whose subtree contains a reference cycle");
  }
  const ctx = {
    constants: /* @__PURE__ */ new Map(),
    constantCounter: 0,
    varCounter: 0,
    definite: true
  };
  const doc = new Doc(["input"]);
  const outputAccessor = generateCheck(doc, ctx, schema, "input", !options?.assertOnly);
  doc.write(outputAccessor === null ? `return true;` : `return ${outputAccessor};`);
  const constantNames = ["INVALID", ...ctx.constants.keys()];
  const constantValues = [INVALID, ...ctx.constants.values()];
  const code = doc.content.join("\n");
  const fullCode = options?.debug ? constantNames.length > 0 ? `// Constants: ${constantNames.join(", ")}
${code}` : code : "";
  const F = Function;
  const factoryCode = `return (input) => {
${code}
}`;
  let fn;
  try {
    const factory = new F(...constantNames, factoryCode);
    fn = factory(...constantValues);
  } catch (err2) {
    throw new ZodCompileUnsupportedError(`this schema (generated code failed to evaluate: ${err2.message})`);
  }
  if (options?.debug) {
    fn.code = fullCode;
  }
  fn.definite = ctx.definite;
  return fn;
}
function addConstant(ctx, value) {
  for (const [name3, v] of ctx.constants) {
    if (v === value)
      return name3;
  }
  const name2 = `c${ctx.constantCounter++}`;
  ctx.constants.set(name2, value);
  return name2;
}
function addUserConstant(ctx, fn) {
  ctx.definite = false;
  return addConstant(ctx, fn);
}
function newVar(ctx) {
  return `v${ctx.varCounter++}`;
}
function runtimeRun(schema, value) {
  const result = schema._zod.run({ value, issues: [] }, {});
  if (result && typeof result.then === "function")
    return INVALID;
  const r = result;
  return r.issues.length === 0 ? r.value : INVALID;
}
function compileChild(doc, ctx, schema, accessor, needsValue = true) {
  const contentLen = doc.content.length;
  const constantCount = ctx.constants.size;
  const constantCounter = ctx.constantCounter;
  const varCounter = ctx.varCounter;
  try {
    return generateCheck(doc, ctx, schema, accessor, needsValue);
  } catch (err2) {
    if (!(err2 instanceof ZodCompileUnsupportedError) || !err2.islandable)
      throw err2;
    doc.content.length = contentLen;
    if (ctx.constants.size > constantCount) {
      const trailing = Array.from(ctx.constants.keys()).slice(constantCount);
      for (const k of trailing)
        ctx.constants.delete(k);
    }
    ctx.constantCounter = constantCounter;
    ctx.varCounter = varCounter;
    return emitRuntimeIsland(doc, ctx, schema, accessor);
  }
}
function emitRuntimeIsland(doc, ctx, schema, accessor) {
  ctx.definite = false;
  const schemaConst = addConstant(ctx, schema);
  const runConst = addConstant(ctx, runtimeRun);
  const outVar = newVar(ctx);
  doc.write(`const ${outVar} = ${runConst}(${schemaConst}, ${accessor});`);
  doc.write(`if (${outVar} === INVALID) return INVALID;`);
  return outVar;
}
var WHEN_DEFAULTED_CHECKS = /* @__PURE__ */ new Set([
  "max_size",
  "min_size",
  "size_equals",
  "max_length",
  "min_length",
  "length_equals"
]);
function generateChecks(doc, ctx, schema, accessor) {
  const schemaChecks = schema._zod.def.checks;
  if (!schemaChecks || schemaChecks.length === 0)
    return accessor;
  let currentAccessor = accessor;
  for (const check2 of schemaChecks) {
    const def = check2._zod.def;
    if (def.when && !WHEN_DEFAULTED_CHECKS.has(def.check)) {
      throw new ZodCompileUnsupportedError(`check with a custom "when" condition`);
    }
    switch (def.check) {
      case "greater_than":
        generateGreaterThanCheck(doc, ctx, def, currentAccessor);
        break;
      case "less_than":
        generateLessThanCheck(doc, ctx, def, currentAccessor);
        break;
      case "multiple_of":
        generateMultipleOfCheck(doc, ctx, def, currentAccessor);
        break;
      case "number_format":
        generateNumberFormatCheck(doc, def, currentAccessor);
        break;
      case "min_length": {
        const min = numericOperand(def.minimum, "min_length");
        const len = codePointLengthVar(doc, ctx, currentAccessor, `${currentAccessor}.length >= ${min} && ${currentAccessor}.length < ${def.minimum * 2}`);
        doc.write(`if (${len} < ${min}) return INVALID;`);
        break;
      }
      case "max_length": {
        const max = numericOperand(def.maximum, "max_length");
        const len = codePointLengthVar(doc, ctx, currentAccessor, `${currentAccessor}.length > ${max}`);
        doc.write(`if (${len} > ${max}) return INVALID;`);
        break;
      }
      case "length_equals": {
        const exact = numericOperand(def.length, "length_equals");
        const len = codePointLengthVar(doc, ctx, currentAccessor, `${currentAccessor}.length >= ${exact} && ${currentAccessor}.length <= ${def.length * 2}`);
        doc.write(`if (${len} !== ${exact}) return INVALID;`);
        break;
      }
      case "min_size":
        doc.write(`if (${currentAccessor}.size < ${numericOperand(def.minimum, "min_size")}) return INVALID;`);
        break;
      case "max_size":
        doc.write(`if (${currentAccessor}.size > ${numericOperand(def.maximum, "max_size")}) return INVALID;`);
        break;
      case "size_equals":
        doc.write(`if (${currentAccessor}.size !== ${numericOperand(def.size, "size_equals")}) return INVALID;`);
        break;
      case "string_format":
        currentAccessor = generateStringFormatCheck(doc, ctx, def, currentAccessor);
        break;
      case "custom":
        currentAccessor = generateCustomRefineCheck(doc, ctx, check2, currentAccessor);
        break;
      case "bigint_format":
        generateBigIntFormatCheck(doc, def, currentAccessor);
        break;
      case "mime_type":
        generateMimeTypeCheck(doc, ctx, def, currentAccessor);
        break;
      case "property":
        generatePropertyCheck(doc, ctx, def, currentAccessor);
        break;
      case "properties":
        generatePropertiesChecks(doc, ctx, def, currentAccessor);
        break;
      case "overwrite": {
        const newAccessor = newVar(ctx);
        generateOverwriteCheck(doc, ctx, check2, currentAccessor, newAccessor);
        currentAccessor = newAccessor;
        break;
      }
      default: {
        void def;
        throw new ZodCompileUnsupportedError(`check type ${def.check}`);
      }
    }
  }
  return currentAccessor;
}
function codePointLengthVar(doc, ctx, accessor, inDoubt) {
  const cpLen = addConstant(ctx, codePointLength);
  const v = newVar(ctx);
  doc.write(`const ${v} = typeof ${accessor} === "string" && ${inDoubt} ? ${cpLen}(${accessor}) : ${accessor}.length;`);
  return v;
}
function numericOperand(value, label) {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new ZodCompileUnsupportedError(`${label} bound of type ${typeof value}`);
  }
  return `${value}`;
}
function comparisonOperand(ctx, value) {
  if (typeof value === "bigint")
    return `${value}n`;
  if (typeof value === "number") {
    if (Number.isNaN(value))
      throw new ZodCompileUnsupportedError("comparison check with NaN bound");
    return `${value}`;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new ZodCompileUnsupportedError("comparison check with Invalid Date bound");
    }
    return addConstant(ctx, value);
  }
  throw new ZodCompileUnsupportedError(`comparison check bound of type ${typeof value}`);
}
function generateGreaterThanCheck(doc, ctx, def, accessor) {
  const op = def.inclusive ? "<" : "<=";
  doc.write(`if (${accessor} ${op} ${comparisonOperand(ctx, def.value)}) return INVALID;`);
}
function generateLessThanCheck(doc, ctx, def, accessor) {
  const op = def.inclusive ? ">" : ">=";
  doc.write(`if (${accessor} ${op} ${comparisonOperand(ctx, def.value)}) return INVALID;`);
}
function generateMultipleOfCheck(doc, ctx, def, accessor) {
  if (typeof def.value === "bigint") {
    if (def.value === BigInt(0))
      throw new ZodCompileUnsupportedError("multiple_of check with a zero divisor");
    doc.write(`if (${accessor} % ${def.value}n !== 0n) return INVALID;`);
  } else {
    const remainder = addConstant(ctx, floatSafeRemainder);
    doc.write(`if (${remainder}(${accessor}, ${numericOperand(def.value, "multiple_of")}) !== 0) return INVALID;`);
  }
}
function generateNumberFormatCheck(doc, def, accessor) {
  const format = def.format;
  switch (format) {
    case "safeint":
      doc.write(`if (!Number.isSafeInteger(${accessor})) return INVALID;`);
      break;
    case "int32":
      doc.write(`if (!Number.isInteger(${accessor}) || ${accessor} < -2147483648 || ${accessor} > 2147483647) return INVALID;`);
      break;
    case "uint32":
      doc.write(`if (!Number.isInteger(${accessor}) || ${accessor} < 0 || ${accessor} > 4294967295) return INVALID;`);
      break;
    case "float32":
      doc.write(`if (!Number.isFinite(${accessor}) || ${accessor} < -3.4028234663852886e38 || ${accessor} > 3.4028234663852886e38) return INVALID;`);
      break;
    case "float64":
      doc.write(`if (!Number.isFinite(${accessor})) return INVALID;`);
      break;
    default: {
      void format;
      throw new ZodCompileUnsupportedError(`number format ${format}`);
    }
  }
}
function generateBigIntFormatCheck(doc, def, accessor) {
  const format = def.format;
  if (!format)
    return;
  switch (format) {
    case "int64":
      doc.write(`if (${accessor} < -9223372036854775808n || ${accessor} > 9223372036854775807n) return INVALID;`);
      break;
    case "uint64":
      doc.write(`if (${accessor} < 0n || ${accessor} > 18446744073709551615n) return INVALID;`);
      break;
    default: {
      void format;
      throw new ZodCompileUnsupportedError(`bigint format ${format}`);
    }
  }
}
function generateMimeTypeCheck(doc, ctx, def, accessor) {
  const mimeTypes = def.mime;
  if (mimeTypes && mimeTypes.length > 0) {
    const mimeSet = addConstant(ctx, new Set(mimeTypes));
    doc.write(`if (!${mimeSet}.has(${accessor}.type)) return INVALID;`);
  }
}
function generatePropertiesChecks(doc, ctx, def, accessor) {
  if (def.when) {
    throw new ZodCompileUnsupportedError(`check with a custom "when" condition`);
  }
  doc.write(`if (${accessor} == null) return INVALID;`);
  const shape = def.shape;
  for (const key of Reflect.ownKeys(shape)) {
    const keyExpr = typeof key === "symbol" ? addConstant(ctx, key) : esc(key);
    const inputVar = newVar(ctx);
    doc.write(`const ${inputVar} = ${accessor}[${keyExpr}];`);
    compileChild(doc, ctx, shape[key], inputVar, false);
  }
}
function generatePropertyCheck(doc, ctx, def, accessor) {
  const propAccessor = `${accessor}[${JSON.stringify(def.property)}]`;
  generateCheck(doc, ctx, def.schema, propAccessor);
}
function generateOverwriteCheck(doc, ctx, check2, currentAccessor, newAccessor) {
  const tx = check2._zod.def.tx;
  if (!tx) {
    throw new ZodCompileUnsupportedError("overwrite check without a transform function");
  }
  if (isAsyncFunction(tx)) {
    throw new ZodCompileAsyncError("z.compile: async overwrite transforms are not supported");
  }
  const txConst = addConstant(ctx, tx);
  doc.write(`const ${newAccessor} = ${txConst}(${currentAccessor});`);
}
function throwAsync() {
  throw new $ZodAsyncError();
}
function pushIssue(issue2) {
  this.issues.push(issue2);
}
function generateCustomRefineCheck(doc, ctx, check2, accessor) {
  const def = check2._zod.def;
  if (def.fn) {
    if (isAsyncFunction(def.fn)) {
      throw new ZodCompileAsyncError("z.compile: async .refine() predicates are not supported");
    }
    const fnConst = addUserConstant(ctx, def.fn);
    const throwAsyncConst = addConstant(ctx, throwAsync);
    const resVar = newVar(ctx);
    doc.write(`const ${resVar} = ${fnConst}(${accessor});`);
    doc.write(`if (${resVar} instanceof Promise) ${throwAsyncConst}();`);
    doc.write(`if (!${resVar}) return INVALID;`);
    return accessor;
  }
  if (check2._zod.check) {
    if (isAsyncFunction(check2._zod.check)) {
      throw new ZodCompileAsyncError("z.compile: async .superRefine() / check functions are not supported");
    }
    const checkFn = check2._zod.check;
    const helperFn = (value) => {
      const fakePayload = { value, issues: [], addIssue: pushIssue };
      const result = checkFn(fakePayload);
      if (result instanceof Promise)
        throwAsync();
      return fakePayload.issues.length === 0 ? fakePayload.value : INVALID;
    };
    const helperConst = addUserConstant(ctx, helperFn);
    const outVar = newVar(ctx);
    doc.write(`const ${outVar} = ${helperConst}(${accessor});`);
    doc.write(`if (${outVar} === INVALID) return INVALID;`);
    return outVar;
  }
  throw new ZodCompileUnsupportedError("custom check without a predicate or check function");
}
var PATTERN_IS_COMPLETE = /* @__PURE__ */ new Set([
  "cidrv4",
  "cuid",
  "cuid2",
  "date",
  "datetime",
  "duration",
  "e164",
  "email",
  "emoji",
  "ends_with",
  "guid",
  "includes",
  "ipv4",
  "ksuid",
  "lowercase",
  "mac",
  "nanoid",
  "regex",
  "starts_with",
  "time",
  "ulid",
  "uppercase",
  "uuid",
  "xid"
]);
function generateStringFormatCheck(doc, ctx, def, accessor, needsValue = true) {
  const fmt = def.format;
  if (fmt === "base64") {
    const validator = addConstant(ctx, isValidBase64);
    doc.write(`if (!${validator}(${accessor})) return INVALID;`);
    return accessor;
  }
  if (fmt === "base64url") {
    const validator = addConstant(ctx, isValidBase64URL);
    doc.write(`if (!${validator}(${accessor})) return INVALID;`);
    return accessor;
  }
  if (fmt === "jwt") {
    const validator = addConstant(ctx, isValidJWT);
    const alg = addConstant(ctx, def.alg ?? null);
    doc.write(`if (!${validator}(${accessor}, ${alg})) return INVALID;`);
    return accessor;
  }
  if (fmt === "ipv6") {
    const validator = addConstant(ctx, isValidIPv6);
    doc.write(`if (!${validator}(${accessor})) return INVALID;`);
    return accessor;
  }
  if (fmt === "cidrv6") {
    const validator = addConstant(ctx, isValidCIDRv6);
    doc.write(`if (!${validator}(${accessor})) return INVALID;`);
    return accessor;
  }
  if (fmt === "credit_card") {
    const validator = addConstant(ctx, isValidCreditCard);
    doc.write(`if (!${validator}(${accessor})) return INVALID;`);
    return accessor;
  }
  if (fmt === "iban") {
    const validator = addConstant(ctx, isValidIBAN);
    doc.write(`if (!${validator}(${accessor})) return INVALID;`);
    return accessor;
  }
  const formatDef = def;
  if (fmt === "url" || fmt === "httpurl" || formatDef.normalize || formatDef.hostname !== void 0 || formatDef.protocol !== void 0) {
    const parseConst = addConstant(ctx, validateURL);
    const defConst = addConstant(ctx, def);
    const trimVar = newVar(ctx);
    const urlVar = newVar(ctx);
    doc.write(`const ${trimVar} = ${accessor}.trim();`);
    doc.write(`const ${urlVar} = ${parseConst}(${trimVar}, ${defConst});`);
    doc.write(`if (typeof ${urlVar} === "number") return INVALID;`);
    if (formatDef.hostname !== void 0) {
      const hostnameConst = addConstant(ctx, urlHostnameOk);
      doc.write(`if (!${hostnameConst}(${urlVar}, ${defConst}.hostname)) return INVALID;`);
    }
    if (formatDef.protocol !== void 0) {
      const protocolConst = addConstant(ctx, urlProtocolOk);
      doc.write(`if (!${protocolConst}(${urlVar}, ${defConst}.protocol)) return INVALID;`);
    }
    if (!needsValue)
      return null;
    const outputVar = newVar(ctx);
    const outputExpr = formatDef.normalize ? `${urlVar}.href` : `${addConstant(ctx, stripTabAndNewline)}(${trimVar})`;
    doc.write(`const ${outputVar} = ${outputExpr};`);
    return outputVar;
  }
  const customFn = def.fn;
  if (customFn) {
    if (isAsyncFunction(customFn))
      throw new ZodCompileUnsupportedError(`async string format ${fmt}`);
    const fnConst = addConstant(ctx, customFn);
    doc.write(`if (!${fnConst}(${accessor})) return INVALID;`);
    return accessor;
  }
  if (PATTERN_IS_COMPLETE.has(fmt) && def.pattern) {
    const patternConst = addConstant(ctx, def.pattern);
    doc.write(`${patternConst}.lastIndex = 0;`);
    doc.write(`if (!${patternConst}.test(${accessor})) return INVALID;`);
    return accessor;
  }
  const format = def.format;
  switch (format) {
    case "regex":
      throw new ZodCompileUnsupportedError("regex format without a pattern");
    case "lowercase":
      doc.write(`if (${accessor} !== ${accessor}.toLowerCase()) return INVALID;`);
      break;
    case "uppercase":
      doc.write(`if (${accessor} !== ${accessor}.toUpperCase()) return INVALID;`);
      break;
    case "includes":
      doc.write(`if (!${accessor}.includes(${esc(def.includes)})) return INVALID;`);
      break;
    case "starts_with": {
      const prefix = def.prefix;
      doc.write(`if (${accessor}.slice(0, ${prefix.length}) !== ${esc(prefix)}) return INVALID;`);
      break;
    }
    case "ends_with": {
      const suffix = def.suffix;
      doc.write(`if (${accessor}.slice(-${suffix.length}) !== ${esc(suffix)}) return INVALID;`);
      break;
    }
    default: {
      void format;
      throw new ZodCompileUnsupportedError(`string format ${format}`);
    }
  }
  return accessor;
}
function generateCheck(doc, ctx, schema, accessor, needsValue = true) {
  const def = schema._zod.def;
  const type = def.type;
  if (def.coerce) {
    throw new ZodCompileUnsupportedError(`coercion (z.coerce.${type}())`);
  }
  const buildsValue = needsValue || !!def.checks?.length;
  let typeAccessor;
  switch (type) {
    case "string":
      typeAccessor = generateStringCheck(doc, ctx, schema, accessor, buildsValue);
      break;
    case "number":
      typeAccessor = generateNumberCheck(doc, schema, accessor);
      break;
    case "boolean":
      typeAccessor = generateBooleanCheck(doc, accessor);
      break;
    case "bigint":
      typeAccessor = generateBigIntCheck(doc, schema, accessor);
      break;
    case "symbol":
      typeAccessor = generateSymbolCheck(doc, accessor);
      break;
    case "undefined":
      typeAccessor = generateUndefinedCheck(doc, accessor);
      break;
    case "null":
      typeAccessor = generateNullCheck(doc, accessor);
      break;
    case "any":
    case "unknown":
      typeAccessor = accessor;
      break;
    case "never":
      doc.write("return INVALID;");
      typeAccessor = accessor;
      break;
    case "void":
      typeAccessor = generateVoidCheck(doc, accessor);
      break;
    case "nan":
      typeAccessor = generateNaNCheck(doc, accessor);
      break;
    case "date":
      typeAccessor = generateDateCheck(doc, accessor);
      break;
    case "object":
      typeAccessor = generateObjectCheck(doc, ctx, schema, accessor, buildsValue);
      break;
    case "optional":
      typeAccessor = generateOptionalCheck(doc, ctx, schema, accessor, buildsValue);
      break;
    case "nullable":
      typeAccessor = generateNullableCheck(doc, ctx, schema, accessor, buildsValue);
      break;
    case "array":
      typeAccessor = generateArrayCheck(doc, ctx, schema, accessor, buildsValue);
      break;
    case "literal":
      typeAccessor = generateLiteralCheck(doc, ctx, schema, accessor);
      break;
    case "enum":
      typeAccessor = generateEnumCheck(doc, ctx, schema, accessor);
      break;
    case "readonly": {
      const innerOut = generateWrapperCheck(doc, ctx, schema, accessor);
      const frozenVar = newVar(ctx);
      doc.write(`const ${frozenVar} = Object.freeze(${innerOut});`);
      typeAccessor = frozenVar;
      break;
    }
    case "success":
      generateWrapperCheck(doc, ctx, schema, accessor);
      typeAccessor = "true";
      break;
    case "default":
    case "prefault":
      typeAccessor = generateDefaultCheck(doc, ctx, schema, accessor);
      break;
    case "nonoptional":
      typeAccessor = generateNonOptionalCheck(doc, ctx, schema, accessor);
      break;
    case "tuple":
      typeAccessor = generateTupleCheck(doc, ctx, schema, accessor);
      break;
    case "union":
      typeAccessor = generateUnionCheck(doc, ctx, schema, accessor);
      break;
    case "intersection":
      typeAccessor = generateIntersectionCheck(doc, ctx, schema, accessor);
      break;
    case "record":
      typeAccessor = generateRecordCheck(doc, ctx, schema, accessor);
      break;
    case "map":
      typeAccessor = generateMapCheck(doc, ctx, schema, accessor);
      break;
    case "set":
      typeAccessor = generateSetCheck(doc, ctx, schema, accessor);
      break;
    case "file":
      typeAccessor = generateFileCheck(doc, accessor);
      break;
    case "template_literal":
      typeAccessor = generateTemplateLiteralCheck(doc, ctx, schema, accessor);
      break;
    case "lazy":
      typeAccessor = generateLazyCheck(doc, ctx, schema, accessor);
      break;
    case "pipe":
      typeAccessor = generatePipeCheck(doc, ctx, schema, accessor);
      break;
    case "custom":
      typeAccessor = generateCustomCheck(doc, ctx, schema, accessor);
      break;
    case "transform":
      typeAccessor = generateTransformCheck(doc, ctx, schema, accessor);
      break;
    case "catch":
      typeAccessor = generateCatchCheck(doc, ctx, schema, accessor);
      break;
    default: {
      void type;
      throw new ZodCompileUnsupportedError(`schema type ${type}`);
    }
  }
  if (typeAccessor === null)
    return null;
  return generateChecks(doc, ctx, schema, typeAccessor);
}
function generateStringCheck(doc, ctx, schema, accessor, needsValue = true) {
  doc.write(`if (typeof ${accessor} !== "string") return INVALID;`);
  const def = schema._zod.def;
  if (def.format === void 0)
    return accessor;
  return generateStringFormatCheck(doc, ctx, def, accessor, needsValue);
}
function generateNumberCheck(doc, schema, accessor) {
  doc.write(`if (typeof ${accessor} !== "number" || !Number.isFinite(${accessor})) return INVALID;`);
  const def = schema._zod.def;
  if (def.check === "number_format" && def.format) {
    generateNumberFormatCheck(doc, { format: def.format }, accessor);
  }
  return accessor;
}
function generateBooleanCheck(doc, accessor) {
  doc.write(`if (typeof ${accessor} !== "boolean") return INVALID;`);
  return accessor;
}
function generateBigIntCheck(doc, schema, accessor) {
  doc.write(`if (typeof ${accessor} !== "bigint") return INVALID;`);
  const def = schema._zod.def;
  if (def.format) {
    switch (def.format) {
      case "int64":
        doc.write(`if (${accessor} < -9223372036854775808n || ${accessor} > 9223372036854775807n) return INVALID;`);
        break;
      case "uint64":
        doc.write(`if (${accessor} < 0n || ${accessor} > 18446744073709551615n) return INVALID;`);
        break;
    }
  }
  return accessor;
}
function generateSymbolCheck(doc, accessor) {
  doc.write(`if (typeof ${accessor} !== "symbol") return INVALID;`);
  return accessor;
}
function generateUndefinedCheck(doc, accessor) {
  doc.write(`if (${accessor} !== undefined) return INVALID;`);
  return accessor;
}
function generateNullCheck(doc, accessor) {
  doc.write(`if (${accessor} !== null) return INVALID;`);
  return accessor;
}
function generateVoidCheck(doc, accessor) {
  doc.write(`if (${accessor} !== undefined) return INVALID;`);
  return accessor;
}
function generateNaNCheck(doc, accessor) {
  doc.write(`if (typeof ${accessor} !== "number" || !Number.isNaN(${accessor})) return INVALID;`);
  return accessor;
}
function generateDateCheck(doc, accessor) {
  doc.write(`if (!(${accessor} instanceof Date) || Number.isNaN(${accessor}.getTime())) return INVALID;`);
  return accessor;
}
function generateObjectCheck(doc, ctx, schema, accessor, buildsValue = true) {
  const def = schema._zod.def;
  doc.write(`if (typeof ${accessor} !== "object" || ${accessor} === null || Array.isArray(${accessor})) return INVALID;`);
  const shape = def.shape;
  const keys = Object.keys(shape);
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  const keyExpr = (k) => typeof k === "symbol" ? addConstant(ctx, k) : esc(k);
  const propKey = (k) => typeof k === "symbol" ? `[${keyExpr(k)}]` : esc(k);
  const propShape = shape;
  if (keys.includes("__proto__")) {
    throw new ZodCompileUnsupportedError('object shape key "__proto__"');
  }
  const propOutputs = /* @__PURE__ */ new Map();
  for (const key of allKeys) {
    const propSchema = propShape[key];
    const kx = keyExpr(key);
    const inputVar = newVar(ctx);
    doc.write(`const ${inputVar} = ${accessor}[${kx}];`);
    if (propSchema._zod.optin !== void 0) {
      const outputVar2 = newVar(ctx);
      doc.write(`let ${outputVar2} = (() => {`);
      doc.indented((d) => {
        const outputAccessor = compileChild(d, ctx, propSchema, inputVar);
        d.write(`return ${outputAccessor};`);
      });
      doc.write(`})();`);
      if (propSchema._zod.optout === "optional") {
        doc.write(`if (${outputVar2} === INVALID) {`);
        doc.indented((d) => {
          d.write(`if (${kx} in ${accessor}) return INVALID;`);
          d.write(`${outputVar2} = undefined;`);
        });
        doc.write(`}`);
      } else {
        doc.write(`if (${outputVar2} === INVALID) return INVALID;`);
      }
      propOutputs.set(key, outputVar2);
    } else {
      if (requiresPresenceCheck(propSchema)) {
        doc.write(`if (!(${kx} in ${accessor})) return INVALID;`);
      }
      const outputAccessor = compileChild(doc, ctx, propSchema, inputVar, buildsValue);
      if (outputAccessor !== null)
        propOutputs.set(key, outputAccessor);
    }
  }
  const catchall = def.catchall;
  let unknownKeysMode = "none";
  if (catchall) {
    const catchallType = catchall._zod.def.type;
    if (catchallType === "never") {
      const condition = keys.map((k) => `k !== ${esc(k)}`).join(" && ") || "true";
      doc.write(`for (const k in ${accessor}) {`);
      doc.indented((d) => {
        d.write(`if (${condition}) return INVALID;`);
      });
      doc.write(`}`);
    } else if ((catchallType === "unknown" || catchallType === "any") && !catchall._zod.def.checks?.length) {
      unknownKeysMode = "passthrough";
    } else {
      unknownKeysMode = "schema";
    }
  }
  const outputVar = newVar(ctx);
  const hasConditionalKeys = allKeys.some((k) => mayOmitUndefined(propShape[k]) || dropsWhenAbsent(propShape[k]));
  if (!buildsValue) {
    if (unknownKeysMode === "schema") {
      const knownSet = keys.length > 0 ? addConstant(ctx, new Set(keys)) : null;
      doc.write(`for (const k in ${accessor}) {`);
      doc.indented((d) => {
        d.write(`if (k === "__proto__") continue;`);
        if (knownSet)
          d.write(`if (${knownSet}.has(k)) continue;`);
        const valVar = newVar(ctx);
        d.write(`const ${valVar} = ${accessor}[k];`);
        compileChild(d, ctx, catchall, valVar, false);
      });
      doc.write(`}`);
    }
    return null;
  }
  if (!hasConditionalKeys) {
    const propLiterals = allKeys.map((k) => `${propKey(k)}: ${propOutputs.get(k)}`).join(", ");
    doc.write(`const ${outputVar} = { ${propLiterals} };`);
  } else {
    doc.write(`const ${outputVar} = {};`);
    for (const k of allKeys) {
      const kx = keyExpr(k);
      const out2 = propOutputs.get(k);
      if (dropsWhenAbsent(propShape[k])) {
        doc.write(`if (${kx} in ${accessor}) ${outputVar}[${kx}] = ${out2};`);
      } else if (mayOmitUndefined(propShape[k])) {
        doc.write(`if (${out2} !== undefined || ${kx} in ${accessor}) ${outputVar}[${kx}] = ${out2};`);
      } else {
        doc.write(`${outputVar}[${kx}] = ${out2};`);
      }
    }
  }
  if (unknownKeysMode !== "none") {
    const knownSet = keys.length > 0 ? addConstant(ctx, new Set(keys)) : null;
    doc.write(`for (const k in ${accessor}) {`);
    doc.indented((d) => {
      d.write(`if (k === "__proto__") continue;`);
      if (knownSet)
        d.write(`if (${knownSet}.has(k)) continue;`);
      if (unknownKeysMode === "passthrough") {
        d.write(`${outputVar}[k] = ${accessor}[k];`);
      } else {
        const valVar = newVar(ctx);
        d.write(`const ${valVar} = ${accessor}[k];`);
        const catchallOut = compileChild(d, ctx, catchall, valVar);
        d.write(`${outputVar}[k] = ${catchallOut};`);
      }
    });
    doc.write(`}`);
  }
  return outputVar;
}
function generateOptionalCheck(doc, ctx, schema, accessor, buildsValue = true) {
  const def = schema._zod.def;
  if (isExactOptional(schema)) {
    return generateCheck(doc, ctx, def.innerType, accessor, buildsValue);
  }
  if (def.innerType._zod.optin === "defaulted") {
    const outputVar2 = newVar(ctx);
    const branchVar = newVar(ctx);
    doc.write(`let ${outputVar2};`);
    doc.write(`if (${accessor} === undefined) {`);
    doc.indented((d) => {
      d.write(`const ${branchVar} = (() => {`);
      d.indented((d2) => {
        const innerOutput = generateCheck(d2, ctx, def.innerType, accessor);
        d2.write(`return ${innerOutput};`);
      });
      d.write(`})();`);
      d.write(`if (${branchVar} !== INVALID) ${outputVar2} = ${branchVar};`);
    });
    doc.write(`} else {`);
    doc.indented((d) => {
      const innerOutput = generateCheck(d, ctx, def.innerType, accessor);
      d.write(`${outputVar2} = ${innerOutput};`);
    });
    doc.write(`}`);
    return outputVar2;
  }
  const outputVar = buildsValue ? newVar(ctx) : null;
  if (outputVar)
    doc.write(`let ${outputVar};`);
  doc.write(`if (${accessor} !== undefined) {`);
  doc.indented((d) => {
    const innerOutput = generateCheck(d, ctx, def.innerType, accessor, buildsValue);
    if (outputVar && innerOutput !== null)
      d.write(`${outputVar} = ${innerOutput};`);
  });
  doc.write(`}`);
  return outputVar;
}
function isExactOptional(schema) {
  return schema._zod.traits?.has("$ZodExactOptional") === true;
}
function requiresPresenceCheck(schema) {
  return schema._zod.optin === void 0 && fastPathAcceptsAbsence(schema);
}
function fastPathAcceptsAbsence(schema) {
  if (schema._zod.def.coerce)
    return true;
  const def = schema._zod.def;
  switch (def.type) {
    case "any":
    case "unknown":
    case "undefined":
    case "void":
    case "default":
    case "prefault":
    case "transform":
    case "custom":
    case "lazy":
      return true;
    case "string":
    case "number":
    case "boolean":
    case "bigint":
    case "symbol":
    case "null":
    case "never":
    case "nan":
    case "date":
    case "object":
    case "array":
    case "tuple":
    case "record":
    case "map":
    case "set":
    case "file":
    case "template_literal":
      return false;
    case "nonoptional":
      return def.innerType ? fastPathAcceptsAbsence(def.innerType) : false;
    case "literal":
      return !!def.values?.includes(void 0);
    case "enum":
      return !!schema._zod.values?.has(void 0);
    case "optional":
    case "nullable":
    case "readonly":
    case "success":
      return def.innerType ? fastPathAcceptsAbsence(def.innerType) : true;
    case "catch":
      return true;
    case "union":
      return def.options ? def.options.some(fastPathAcceptsAbsence) : true;
    case "intersection":
      if (!def.left || !def.right)
        return true;
      return fastPathAcceptsAbsence(def.left) && fastPathAcceptsAbsence(def.right);
    case "pipe":
      return def.in ? fastPathAcceptsAbsence(def.in) : true;
    default:
      return true;
  }
}
function dropsWhenAbsent(schema) {
  return schema._zod.optin === "optional" && schema._zod.optout === "optional";
}
function mayOmitUndefined(schema) {
  return (schema._zod.optin !== "defaulted" || schema._zod.optout === "optional") && mayOutputUndefined(schema);
}
function mayOutputUndefined(schema) {
  const def = schema._zod.def;
  switch (def.type) {
    case "string":
    case "number":
    case "boolean":
    case "bigint":
    case "symbol":
    case "null":
    case "nan":
    case "date":
    case "object":
    case "array":
    case "tuple":
    case "record":
    case "map":
    case "set":
    case "file":
    case "template_literal":
    case "never":
    case "success":
      return false;
    case "literal":
      return !!def.values?.includes(void 0);
    case "enum":
      return !!schema._zod.values?.has(void 0);
    case "optional":
      return true;
    case "nullable":
    case "readonly":
    case "nonoptional":
      return def.innerType ? mayOutputUndefined(def.innerType) : true;
    case "union":
      return def.options ? def.options.some(mayOutputUndefined) : true;
    case "intersection":
      return !def.left || !def.right || mayOutputUndefined(def.left) || mayOutputUndefined(def.right);
    case "pipe":
      return def.out ? mayOutputUndefined(def.out) : true;
    default:
      return true;
  }
}
function generateNullableCheck(doc, ctx, schema, accessor, buildsValue = true) {
  const def = schema._zod.def;
  const outputVar = buildsValue ? newVar(ctx) : null;
  if (outputVar)
    doc.write(`let ${outputVar} = null;`);
  doc.write(`if (${accessor} !== null) {`);
  doc.indented((d) => {
    const innerOutput = generateCheck(d, ctx, def.innerType, accessor, buildsValue);
    if (outputVar && innerOutput !== null)
      d.write(`${outputVar} = ${innerOutput};`);
  });
  doc.write(`}`);
  return outputVar;
}
function generateSizeGate(doc, schema, size) {
  for (const [max, check2] of sizeCaps(schema._zod.def.checks)) {
    doc.write(`if (${size} > ${numericOperand(max, check2._zod.def.check)}) return INVALID;`);
  }
}
function generateArrayCheck(doc, ctx, schema, accessor, buildsValue = true) {
  const def = schema._zod.def;
  doc.write(`if (!Array.isArray(${accessor})) return INVALID;`);
  generateSizeGate(doc, schema, `${accessor}.length`);
  const outputVar = buildsValue ? newVar(ctx) : null;
  const iVar = newVar(ctx);
  const elemVar = newVar(ctx);
  if (outputVar)
    doc.write(`const ${outputVar} = new Array(${accessor}.length);`);
  doc.write(`for (let ${iVar} = 0; ${iVar} < ${accessor}.length; ${iVar}++) {`);
  doc.indented((d) => {
    d.write(`const ${elemVar} = ${accessor}[${iVar}];`);
    const elemOutput = compileChild(d, ctx, def.element, elemVar, buildsValue);
    if (outputVar && elemOutput !== null)
      d.write(`${outputVar}[${iVar}] = ${elemOutput};`);
  });
  doc.write(`}`);
  return outputVar;
}
function generateLiteralCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const values = def.values;
  if (values.length !== 1) {
    const literalSet = addConstant(ctx, new Set(values));
    doc.write(`if (!${literalSet}.has(${accessor})) return INVALID;`);
    return accessor;
  }
  const value = values[0];
  if (typeof value === "number" && Number.isNaN(value)) {
    const literalSet = addConstant(ctx, new Set(values));
    doc.write(`if (!${literalSet}.has(${accessor})) return INVALID;`);
    return accessor;
  }
  if (typeof value === "string") {
    doc.write(`if (${accessor} !== ${esc(value)}) return INVALID;`);
  } else if (typeof value === "number" || typeof value === "boolean") {
    doc.write(`if (${accessor} !== ${value}) return INVALID;`);
  } else if (value === null) {
    doc.write(`if (${accessor} !== null) return INVALID;`);
  } else if (value === void 0) {
    doc.write(`if (${accessor} !== undefined) return INVALID;`);
  } else if (typeof value === "bigint") {
    doc.write(`if (${accessor} !== ${value}n) return INVALID;`);
  } else {
    throw new ZodCompileUnsupportedError(`literal type ${typeof value}`);
  }
  return accessor;
}
function generateEnumCheck(doc, ctx, schema, accessor) {
  const values = schema._zod.values;
  if (!values) {
    throw new ZodCompileUnsupportedError("enum schema without enumerated values");
  }
  const enumSet = addConstant(ctx, values);
  doc.write(`if (!${enumSet}.has(${accessor})) return INVALID;`);
  return accessor;
}
function generateWrapperCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  return generateCheck(doc, ctx, def.innerType, accessor);
}
function generateDefaultCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const descriptor = Object.getOwnPropertyDescriptor(schema._zod.def, "defaultValue");
  const defaultGetter = descriptor ? () => schema._zod.def.defaultValue : void 0;
  if (schema._zod.def.type === "prefault") {
    if (!defaultGetter) {
      return generateCheck(doc, ctx, def.innerType, accessor);
    }
    const defaultFn = addConstant(ctx, defaultGetter);
    const inputVar = newVar(ctx);
    doc.write(`let ${inputVar} = ${accessor};`);
    doc.write(`if (${accessor} === undefined) ${inputVar} = ${defaultFn}();`);
    return generateCheck(doc, ctx, def.innerType, inputVar);
  }
  const outputVar = newVar(ctx);
  if (defaultGetter) {
    const defaultFn = addConstant(ctx, defaultGetter);
    const cloneFn = addConstant(ctx, shallowClone);
    doc.write(`let ${outputVar};`);
    doc.write(`if (${accessor} === undefined) {`);
    doc.indented((d) => {
      d.write(`${outputVar} = ${cloneFn}(${defaultFn}());`);
    });
    doc.write(`} else {`);
    doc.indented((d) => {
      const innerOutput = generateCheck(d, ctx, def.innerType, accessor);
      d.write(`${outputVar} = ${innerOutput} === undefined ? ${cloneFn}(${defaultFn}()) : ${innerOutput};`);
    });
    doc.write(`}`);
  } else {
    doc.write(`let ${outputVar};`);
    doc.write(`if (${accessor} !== undefined) {`);
    doc.indented((d) => {
      const innerOutput = generateCheck(d, ctx, def.innerType, accessor);
      d.write(`${outputVar} = ${innerOutput};`);
    });
    doc.write(`}`);
  }
  return outputVar;
}
function generateNonOptionalCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const innerOutput = generateCheck(doc, ctx, def.innerType, accessor);
  const outputVar = newVar(ctx);
  doc.write(`const ${outputVar} = ${innerOutput};`);
  doc.write(`if (${outputVar} === undefined) return INVALID;`);
  return outputVar;
}
function generateTupleCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const items = def.items;
  const rest = def.rest;
  doc.write(`if (!Array.isArray(${accessor})) return INVALID;`);
  const optinStart = getTupleOptStart2(items, "optin");
  const optoutStart = getTupleOptStart2(items, "optout");
  if (rest) {
    doc.write(`if (${accessor}.length < ${optinStart}) return INVALID;`);
  } else {
    doc.write(`if (${accessor}.length < ${optinStart} || ${accessor}.length > ${items.length}) return INVALID;`);
  }
  const outputVar = newVar(ctx);
  doc.write(`const ${outputVar} = [];`);
  for (let i2 = 0; i2 < items.length; i2++) {
    const itemSchema = items[i2];
    if (i2 >= optoutStart) {
      doc.write(`if (${outputVar}.length === ${i2}) {`);
      doc.indented((d) => {
        d.write(`if (${i2} < ${accessor}.length) {`);
        d.indented((d2) => {
          const elemVar = newVar(ctx);
          d2.write(`const ${elemVar} = ${accessor}[${i2}];`);
          const elemOutput = compileChild(d2, ctx, itemSchema, elemVar);
          d2.write(`${outputVar}[${i2}] = ${elemOutput};`);
        });
        d.write(`} else {`);
        d.indented((d2) => {
          if (dropsWhenAbsent(itemSchema)) {
            d2.write(`${outputVar}.length = ${i2};`);
            return;
          }
          const elemVar = newVar(ctx);
          const branchVar = newVar(ctx);
          d2.write(`const ${elemVar} = undefined;`);
          d2.write(`const ${branchVar} = (() => {`);
          d2.indented((d3) => {
            const elemOutput = compileChild(d3, ctx, itemSchema, elemVar);
            d3.write(`return ${elemOutput};`);
          });
          d2.write(`})();`);
          d2.write(`if (${branchVar} === INVALID || ${branchVar} === undefined) ${outputVar}.length = ${i2};`);
          d2.write(`else ${outputVar}[${i2}] = ${branchVar};`);
        });
        d.write(`}`);
      });
      doc.write(`}`);
    } else {
      const elemVar = newVar(ctx);
      doc.write(`const ${elemVar} = ${accessor}[${i2}];`);
      const elemOutput = compileChild(doc, ctx, itemSchema, elemVar);
      doc.write(`${outputVar}[${i2}] = ${elemOutput};`);
    }
  }
  if (rest) {
    const iVar = newVar(ctx);
    const elemVar = newVar(ctx);
    doc.write(`for (let ${iVar} = ${items.length}; ${iVar} < ${accessor}.length; ${iVar}++) {`);
    doc.indented((d) => {
      d.write(`const ${elemVar} = ${accessor}[${iVar}];`);
      const elemOutput = compileChild(d, ctx, rest, elemVar);
      d.write(`${outputVar}[${iVar}] = ${elemOutput};`);
    });
    doc.write(`}`);
  }
  return outputVar;
}
function getTupleOptStart2(items, key) {
  for (let i2 = items.length - 1; i2 >= 0; i2--) {
    const omittable = key === "optin" ? items[i2]._zod.optin !== void 0 : items[i2]._zod.optout === "optional";
    if (!omittable)
      return i2 + 1;
  }
  return 0;
}
function generateUnionCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const options = def.options;
  if (def.discriminator) {
    return generateDiscriminatedUnionCheck(doc, ctx, def, accessor);
  }
  if (def.inclusive === false) {
    throw new ZodCompileUnsupportedError("exclusive unions (z.xor)");
  }
  if (options.length === 0) {
    doc.write("return INVALID;");
    return accessor;
  }
  if (options.length === 1) {
    return generateCheck(doc, ctx, options[0], accessor);
  }
  const allLiterals = options.every((opt) => opt._zod.def.type === "literal" && !opt._zod.def.checks?.length);
  if (allLiterals) {
    const values = new Set(options.flatMap((opt) => opt._zod.def.values));
    const valuesConst = addConstant(ctx, values);
    doc.write(`if (!${valuesConst}.has(${accessor})) return INVALID;`);
    return accessor;
  }
  const outputVar = newVar(ctx);
  doc.write(`let ${outputVar};`);
  for (let i2 = 0; i2 < options.length; i2++) {
    const opt = options[i2];
    if (i2 === 0) {
      doc.write(`${outputVar} = (() => {`);
    } else {
      doc.write(`if (${outputVar} === INVALID) ${outputVar} = (() => {`);
    }
    doc.indented((d) => {
      const branchOutput = generateCheck(d, ctx, opt, accessor);
      d.write(`return ${branchOutput};`);
    });
    doc.write(`})();`);
  }
  doc.write(`if (${outputVar} === INVALID) return INVALID;`);
  return outputVar;
}
function generateDiscriminatedUnionCheck(doc, ctx, def, accessor) {
  if (def.unionFallback) {
    throw new ZodCompileUnsupportedError("discriminated union with unionFallback");
  }
  if (def.options.length === 0) {
    doc.write("return INVALID;");
    return accessor;
  }
  const discVar = newVar(ctx);
  const outputVar = newVar(ctx);
  doc.write(`const ${discVar} = ${accessor}?.[${esc(def.discriminator)}];`);
  doc.write(`let ${outputVar};`);
  let firstBranch = true;
  const claimed = /* @__PURE__ */ new Set();
  for (const option of def.options) {
    const values = option._zod.propValues?.[def.discriminator];
    if (!values || values.size === 0) {
      throw new ZodCompileUnsupportedError("discriminated union option without static discriminator values");
    }
    for (const value of values) {
      if (claimed.has(value)) {
        throw new ZodCompileUnsupportedError(`duplicate discriminator value ${String(value)}`);
      }
      claimed.add(value);
    }
    const conditions = Array.from(values, (value) => literalEquality(ctx, discVar, value));
    const prefix = firstBranch ? "if" : "else if";
    doc.write(`${prefix} (${conditions.join(" || ")}) {`);
    doc.indented((d) => {
      const branchOutput = generateCheck(d, ctx, option, accessor);
      d.write(`${outputVar} = ${branchOutput};`);
    });
    doc.write(`}`);
    firstBranch = false;
  }
  doc.write(`else { return INVALID; }`);
  return outputVar;
}
function literalEquality(ctx, accessor, value) {
  if (typeof value === "string")
    return `${accessor} === ${esc(value)}`;
  if (typeof value === "number") {
    if (Number.isNaN(value))
      return `Number.isNaN(${accessor})`;
    return `${accessor} === ${value}`;
  }
  if (typeof value === "boolean")
    return `${accessor} === ${value}`;
  if (value === null)
    return `${accessor} === null`;
  if (value === void 0)
    return `${accessor} === undefined`;
  if (typeof value === "bigint")
    return `${accessor} === ${value}n`;
  if (typeof value === "symbol") {
    const symbolConst = addConstant(ctx, value);
    return `${accessor} === ${symbolConst}`;
  }
  throw new ZodCompileUnsupportedError(`literal discriminator value ${String(value)}`);
}
function generateIntersectionCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  ctx.definite = false;
  const leftOutput = compileChild(doc, ctx, def.left, accessor);
  const rightOutput = compileChild(doc, ctx, def.right, accessor);
  const mergeConst = addConstant(ctx, mergeValues);
  const mergedVar = newVar(ctx);
  doc.write(`const ${mergedVar} = ${mergeConst}(${leftOutput}, ${rightOutput});`);
  doc.write(`if (!${mergedVar}.valid) return INVALID;`);
  return `${mergedVar}.data`;
}
function generateRecordCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const isPlainObjectConst = addConstant(ctx, isPlainObject);
  doc.write(`if (!${isPlainObjectConst}(${accessor})) return INVALID;`);
  const outputVar = newVar(ctx);
  const kVar = newVar(ctx);
  const valVar = newVar(ctx);
  doc.write(`const ${outputVar} = {};`);
  const recordDef = def;
  const keyValues = recordDef.partial ? void 0 : def.keyType._zod.values;
  if (keyValues) {
    const inputKeys = [];
    for (const key of keyValues) {
      if (!(typeof key === "string" || typeof key === "number" || typeof key === "symbol")) {
        throw new ZodCompileUnsupportedError(`record key value ${String(key)}`);
      }
      const inputKey = typeof key === "number" ? key.toString() : key;
      if (inputKey === "__proto__") {
        throw new ZodCompileUnsupportedError('record key "__proto__"');
      }
      inputKeys.push(inputKey);
      const keyConst = addConstant(ctx, key);
      const outKey = generateCheck(doc, ctx, def.keyType, keyConst);
      const valueVar = newVar(ctx);
      doc.write(`const ${valueVar} = ${accessor}[${literalPropertyKey(ctx, inputKey)}];`);
      const valOutput = compileChild(doc, ctx, def.valueType, valueVar);
      doc.write(`${outputVar}[${outKey}] = ${valOutput};`);
    }
    const knownKeysConst = addConstant(ctx, new Set(inputKeys));
    doc.write(`for (const ${kVar} in ${accessor}) {`);
    doc.indented((d) => {
      d.write(`if (${knownKeysConst}.has(${kVar})) continue;`);
      if (recordDef.mode === "loose") {
        d.write(`if (${kVar} !== "__proto__") ${outputVar}[${kVar}] = ${accessor}[${kVar}];`);
      } else {
        d.write(`return INVALID;`);
      }
    });
    doc.write(`}`);
    return outputVar;
  }
  const keyDef = def.keyType._zod.def;
  const keyIsBareString = keyDef.type === "string" && keyDef.format === void 0 && !keyDef.coerce && (keyDef.checks?.length ?? 0) === 0;
  if (!keyIsBareString) {
    const isLoose = def.mode === "loose";
    const keyFn = compileFn(def.keyType);
    if (keyFn.definite === false)
      ctx.definite = false;
    const keyFast = addConstant(ctx, keyFn);
    const numericConst = addConstant(ctx, number);
    const outKeyVar = newVar(ctx);
    emitOwnKeys(doc, ctx, accessor, kVar, (d) => {
      d.write(`let ${outKeyVar} = ${keyFast}(${kVar});`);
      d.write(`if (${outKeyVar} === INVALID && typeof ${kVar} === "string" && ${numericConst}.test(${kVar})) ${outKeyVar} = ${keyFast}(Number(${kVar}));`);
      if (isLoose) {
        d.write(`if (${outKeyVar} === INVALID) { ${outputVar}[${kVar}] = ${accessor}[${kVar}]; continue; }`);
      } else {
        d.write(`if (${outKeyVar} === INVALID) return INVALID;`);
      }
      d.write(`if (${outKeyVar} === "__proto__") continue;`);
      const valueVar = newVar(ctx);
      d.write(`const ${valueVar} = ${accessor}[${kVar}];`);
      const valOutput = compileChild(d, ctx, def.valueType, valueVar);
      d.write(`${outputVar}[${outKeyVar}] = ${valOutput};`);
    });
    return outputVar;
  }
  emitOwnKeys(doc, ctx, accessor, kVar, (d) => {
    d.write(`const ${valVar} = ${accessor}[${kVar}];`);
    const valOutput = compileChild(d, ctx, def.valueType, valVar);
    d.write(`${outputVar}[${kVar}] = ${valOutput};`);
  }, `return INVALID;`);
  return outputVar;
}
function emitOwnKeys(doc, ctx, accessor, kVar, body2, onSymbol) {
  const propIsEnumerableConst = addConstant(ctx, Object.prototype.propertyIsEnumerable);
  const symsVar = newVar(ctx);
  const keysVar = newVar(ctx);
  const iVar = newVar(ctx);
  doc.write(`const ${symsVar} = Object.getOwnPropertySymbols(${accessor});`);
  doc.write(`const ${keysVar} = Object.getOwnPropertyNames(${accessor});`);
  doc.write(`for (let ${iVar} = 0; ${iVar} < ${keysVar}.length; ${iVar}++) {`);
  doc.indented((d) => {
    d.write(`const ${kVar} = ${keysVar}[${iVar}];`);
    d.write(`if (${kVar} === "__proto__" || !${propIsEnumerableConst}.call(${accessor}, ${kVar})) continue;`);
    body2(d);
  });
  doc.write(`}`);
  doc.write(`for (let ${iVar} = 0; ${iVar} < ${symsVar}.length; ${iVar}++) {`);
  doc.indented((d) => {
    d.write(`const ${kVar} = ${symsVar}[${iVar}];`);
    d.write(`if (!${propIsEnumerableConst}.call(${accessor}, ${kVar})) continue;`);
    if (onSymbol)
      d.write(onSymbol);
    else
      body2(d);
  });
  doc.write(`}`);
}
function literalPropertyKey(ctx, key) {
  if (typeof key === "string")
    return esc(key);
  return addConstant(ctx, key);
}
function generateMapCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  doc.write(`if (!(${accessor} instanceof Map)) return INVALID;`);
  generateSizeGate(doc, schema, `${accessor}.size`);
  const outputVar = newVar(ctx);
  const kVar = newVar(ctx);
  const valVar = newVar(ctx);
  doc.write(`const ${outputVar} = new Map();`);
  doc.write(`for (const [${kVar}, ${valVar}] of ${accessor}) {`);
  doc.indented((d) => {
    const keyOutput = generateCheck(d, ctx, def.keyType, kVar);
    const valOutput = generateCheck(d, ctx, def.valueType, valVar);
    d.write(`${outputVar}.set(${keyOutput}, ${valOutput});`);
  });
  doc.write(`}`);
  return outputVar;
}
function generateSetCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  doc.write(`if (!(${accessor} instanceof Set)) return INVALID;`);
  generateSizeGate(doc, schema, `${accessor}.size`);
  const outputVar = newVar(ctx);
  const valVar = newVar(ctx);
  doc.write(`const ${outputVar} = new Set();`);
  doc.write(`for (const ${valVar} of ${accessor}) {`);
  doc.indented((d) => {
    const valOutput = generateCheck(d, ctx, def.valueType, valVar);
    d.write(`${outputVar}.add(${valOutput});`);
  });
  doc.write(`}`);
  return outputVar;
}
function generateFileCheck(doc, accessor) {
  doc.write(`if (!(${accessor} instanceof File)) return INVALID;`);
  return accessor;
}
function generateTemplateLiteralCheck(doc, ctx, schema, accessor) {
  doc.write(`if (typeof ${accessor} !== "string") return INVALID;`);
  const pattern = schema._zod.pattern;
  if (pattern) {
    const patternConst = addConstant(ctx, pattern);
    doc.write(`${patternConst}.lastIndex = 0;`);
    doc.write(`if (!${patternConst}.test(${accessor})) return INVALID;`);
  }
  return accessor;
}
function generateLazyCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const getterConst = addUserConstant(ctx, def.getter);
  const cacheConst = addConstant(ctx, { parser: null });
  doc.write(`if (!${cacheConst}.parser) {`);
  doc.indented((d) => {
    d.write(`const inner = ${getterConst}();`);
    d.write(`${cacheConst}.parser = function(input) {`);
    d.indented((d2) => {
      d2.write(`const result = inner._zod.run({ value: input, issues: [] }, {});`);
      d2.write(`return result.issues.length === 0 ? result.value : INVALID;`);
    });
    d.write(`};`);
  });
  doc.write(`}`);
  const outputVar = newVar(ctx);
  doc.write(`const ${outputVar} = ${cacheConst}.parser(${accessor});`);
  doc.write(`if (${outputVar} === INVALID) return INVALID;`);
  return outputVar;
}
function generatePipeCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const inputOutput = generateCheck(doc, ctx, def.in, accessor);
  if (def.transform) {
    if (isAsyncFunction(def.transform)) {
      throw new ZodCompileAsyncError("z.compile: async transforms in pipes are not supported");
    }
    const transformFn = def.transform;
    const helperFn = (value) => {
      const fakePayload = { value, issues: [], addIssue: pushIssue };
      const result = transformFn(value, fakePayload);
      if (result instanceof Promise)
        return INVALID;
      return fakePayload.issues.length === 0 ? result : INVALID;
    };
    const helperConst = addUserConstant(ctx, helperFn);
    const transformedVar = newVar(ctx);
    doc.write(`const ${transformedVar} = ${helperConst}(${inputOutput});`);
    doc.write(`if (${transformedVar} === INVALID) return INVALID;`);
    return generateCheck(doc, ctx, def.out, transformedVar);
  } else {
    return generateCheck(doc, ctx, def.out, inputOutput);
  }
}
function isAsyncFunction(fn) {
  return typeof fn === "function" && (fn.constructor.name === "AsyncFunction" || fn[Symbol.toStringTag] === "AsyncFunction");
}
function generateCustomCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  if (def.fn) {
    if (isAsyncFunction(def.fn)) {
      throw new ZodCompileAsyncError("z.compile: async custom predicates are not supported");
    }
    const fnConst = addUserConstant(ctx, def.fn);
    const throwAsyncConst = addConstant(ctx, throwAsync);
    const resVar = newVar(ctx);
    doc.write(`const ${resVar} = ${fnConst}(${accessor});`);
    doc.write(`if (${resVar} instanceof Promise) ${throwAsyncConst}();`);
    doc.write(`if (!${resVar}) return INVALID;`);
  } else {
    throw new ZodCompileUnsupportedError("custom schema without a predicate function");
  }
  return accessor;
}
function runtimeCatch(innerSchema, catchValue, value) {
  const result = innerSchema._zod.run({ value, issues: [] }, {});
  if (result && typeof result.then === "function")
    return INVALID;
  const r = result;
  if (r.issues.length === 0)
    return r.value;
  return catchValue();
}
function generateCatchCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  if (!def.catchValue[CONSTANT_CATCH]) {
    throw new ZodCompileUnsupportedError("catch with a callback (only a constant catch value compiles)", false);
  }
  const outputVar = newVar(ctx);
  doc.write(`let ${outputVar} = (() => {`);
  doc.indented((d) => {
    const innerOut = compileChild(d, ctx, def.innerType, accessor);
    d.write(`return ${innerOut};`);
  });
  doc.write(`})();`);
  const innerConst = addConstant(ctx, def.innerType);
  const catchConst = addUserConstant(ctx, def.catchValue);
  const catchHelperConst = addConstant(ctx, runtimeCatch);
  doc.write(`if (${outputVar} === INVALID) {`);
  doc.indented((d) => {
    d.write(`${outputVar} = ${catchHelperConst}(${innerConst}, ${catchConst}, ${accessor});`);
    d.write(`if (${outputVar} === INVALID) return INVALID;`);
  });
  doc.write(`}`);
  return outputVar;
}
function generateTransformCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  if (def.transform) {
    if (isAsyncFunction(def.transform)) {
      throw new ZodCompileAsyncError("z.compile: async transforms are not supported");
    }
    const transformFn = def.transform;
    const helperFn = (value) => {
      const fakePayload = { value, issues: [], addIssue: pushIssue };
      const result = transformFn(value, fakePayload);
      if (result instanceof Promise)
        return INVALID;
      return fakePayload.issues.length === 0 ? result : INVALID;
    };
    const helperConst = addUserConstant(ctx, helperFn);
    const outputVar = newVar(ctx);
    doc.write(`const ${outputVar} = ${helperConst}(${accessor});`);
    doc.write(`if (${outputVar} === INVALID) return INVALID;`);
    return outputVar;
  }
  return accessor;
}

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", coerce: true, ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class2, params) {
  return new Class2({
    type: "string",
    format: "mac",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class2, params) {
  return new Class2({
    type: "string",
    format: "credit_card",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class2, params) {
  return new Class2({
    type: "string",
    format: "iban",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
var TimePrecision = {
  Any: null,
  Minute: -1,
  Second: 0,
  Millisecond: 3,
  Microsecond: 6
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", coerce: true, checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "float32",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "float64",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "int32",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "uint32",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class2, params) {
  return new Class2({
    type: "boolean",
    coerce: true,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class2, params) {
  return new Class2({
    type: "bigint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class2, params) {
  return new Class2({
    type: "bigint",
    coerce: true,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class2, params) {
  return new Class2({
    type: "bigint",
    check: "bigint_format",
    abort: false,
    format: "int64",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class2, params) {
  return new Class2({
    type: "bigint",
    check: "bigint_format",
    abort: false,
    format: "uint64",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class2, params) {
  return new Class2({
    type: "symbol",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _undefined2(Class2, params) {
  return new Class2({
    type: "undefined",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _null2(Class2, params) {
  return new Class2({
    type: "null",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _any(Class2) {
  return new Class2({
    type: "any"
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _void(Class2, params) {
  return new Class2({
    type: "void",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _date(Class2, params) {
  return new Class2({
    type: "date",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class2, params) {
  return new Class2({
    type: "date",
    coerce: true,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class2, params) {
  return new Class2({
    type: "nan",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _negative(params) {
  return /* @__PURE__ */ _lt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
  return /* @__PURE__ */ _lte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
  return /* @__PURE__ */ _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
  return new $ZodCheckMaxSize({
    check: "max_size",
    ...normalizeParams(params),
    maximum
  });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
  return new $ZodCheckMinSize({
    check: "min_size",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
  return new $ZodCheckSizeEquals({
    check: "size_equals",
    ...normalizeParams(params),
    size
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
  return new $ZodCheckProperty({
    check: "property",
    property,
    schema,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
  return new $ZodCheckProperties({
    check: "properties",
    shape,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
  return new $ZodCheckMimeType({
    check: "mime_type",
    mime: types,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input2) => input2.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input2) => input2.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input2) => input2.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input2) => input2.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input2) => slugify(input2));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _union(Class2, options, params) {
  return new Class2({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
function _xor(Class2, options, params) {
  return new Class2({
    type: "union",
    options,
    inclusive: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class2, discriminator, options, params) {
  return new Class2({
    type: "union",
    options,
    discriminator,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class2, left, right) {
  return new Class2({
    type: "intersection",
    left,
    right
  });
}
// @__NO_SIDE_EFFECTS__
function _tuple(Class2, items, _paramsOrRest, _params) {
  const hasRest = _paramsOrRest instanceof $ZodType;
  const params = hasRest ? _params : _paramsOrRest;
  const rest = hasRest ? _paramsOrRest : null;
  return new Class2({
    type: "tuple",
    items,
    rest,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _record(Class2, keyType, valueType, params) {
  return new Class2({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _map(Class2, keyType, valueType, params) {
  return new Class2({
    type: "map",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _set(Class2, valueType, params) {
  return new Class2({
    type: "set",
    valueType,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class2, values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new Class2({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nativeEnum(Class2, entries, params) {
  return new Class2({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class2, value, params) {
  return new Class2({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _file(Class2, params) {
  return new Class2({
    type: "file",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class2, fn) {
  return new Class2({
    type: "transform",
    transform: fn
  });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class2, innerType) {
  return new Class2({
    type: "optional",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class2, innerType) {
  return new Class2({
    type: "nullable",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _default(Class2, innerType, defaultValue) {
  return new Class2({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class2, innerType, params) {
  return new Class2({
    type: "nonoptional",
    innerType,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _success(Class2, innerType) {
  return new Class2({
    type: "success",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class2, innerType, catchValue) {
  return new Class2({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
  });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class2, in_, out2) {
  return new Class2({
    type: "pipe",
    in: in_,
    out: out2
  });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class2, innerType) {
  return new Class2({
    type: "readonly",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class2, parts2, params) {
  return new Class2({
    type: "template_literal",
    parts: parts2,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class2, getter) {
  return new Class2({
    type: "lazy",
    getter
  });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class2, innerType) {
  return new Class2({
    type: "promise",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class2, fn, _params) {
  const norm = normalizeParams(_params);
  norm.abort ?? (norm.abort = true);
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...norm
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
  const ch = new $ZodCheck({ check: "describe" });
  ch._zod.onattach = [
    (inst) => {
      const existing = globalRegistry.get(inst) ?? {};
      globalRegistry.add(inst, { ...existing, description });
    }
  ];
  ch._zod.check = () => {
  };
  return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata2) {
  const ch = new $ZodCheck({ check: "meta" });
  ch._zod.onattach = [
    (inst) => {
      const existing = globalRegistry.get(inst) ?? {};
      globalRegistry.add(inst, { ...existing, ...metadata2 });
    }
  ];
  ch._zod.check = () => {
  };
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
  const params = normalizeParams(_params);
  let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
  let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
  if (params.case !== "sensitive") {
    truthyArray = truthyArray.map((v) => typeof v === "string" ? v.toLowerCase() : v);
    falsyArray = falsyArray.map((v) => typeof v === "string" ? v.toLowerCase() : v);
  }
  const truthySet = new Set(truthyArray);
  const falsySet = new Set(falsyArray);
  const _Codec = Classes.Codec ?? $ZodCodec;
  const _Boolean = Classes.Boolean ?? $ZodBoolean;
  const _String = Classes.String ?? $ZodString;
  const stringSchema = new _String({ type: "string", error: params.error });
  const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
  const codec2 = new _Codec({
    type: "pipe",
    in: stringSchema,
    out: booleanSchema,
    transform: ((input2, payload) => {
      let data = input2;
      if (params.case !== "sensitive")
        data = data.toLowerCase();
      if (truthySet.has(data)) {
        return true;
      } else if (falsySet.has(data)) {
        return false;
      } else {
        payload.issues.push({
          code: "invalid_value",
          expected: "stringbool",
          values: [...truthySet, ...falsySet],
          input: payload.value,
          inst: codec2,
          continue: false
        });
        return {};
      }
    }),
    reverseTransform: ((input2, _payload) => {
      if (input2 === true) {
        return truthyArray[0] || "true";
      } else {
        return falsyArray[0] || "false";
      }
    }),
    error: params.error
  });
  codec2._zod.bag.truthy = truthyArray;
  codec2._zod.bag.falsy = falsyArray;
  codec2._zod.bag.case = params.case ?? "insensitive";
  return codec2;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class2, format, fnOrRegex, _params = {}) {
  const params = normalizeParams(_params);
  const def = {
    check: "string_format",
    type: "string",
    format,
    fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
    ...params
  };
  if (fnOrRegex instanceof RegExp) {
    def.pattern = fnOrRegex;
  }
  const inst = new Class2(def);
  return inst;
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json2, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json2, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema._zod.def;
  const seen = ctx.seen.get(schema);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta3 = ctx.metadataRegistry.get(schema);
  if (meta3)
    assignProps(result.schema, meta3);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema2 = seen.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema.anyOf;
  schema.type = types.length === 1 ? types[0] : types;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object2 of objects) {
    for (const key in object2.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts2 = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts2.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts2.push(part);
      }
      const merged = parts2.length === 1 ? parts2[0] : foldObjects(parts2) ?? { allOf: parts2 };
      assignProp(properties, key, merged);
    }
    for (const key of object2.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object2) => object2.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object2 of objects) {
      const constraint = undeclaredConstraint(object2);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json2) {
  const allOf = json2.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json2)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json2.allOf;
  assignProps(json2, folded);
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema2 = seen.def ?? seen.schema;
    const _cached = { ...schema2 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json2 of [seen.schema, seen.def]) {
          const allOf = json2?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json2);
          else
            carriers.set(allOf, [json2]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json2 of carriers.get(allOf) ?? [])
          foldIntersection(json2);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
  const ctx = initializeContext({ ...params, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
  const agg = {};
  const def = schema._zod.def;
  const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
  const json2 = _json;
  json2.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json2.minLength = minimum;
  if (typeof maximum === "number")
    json2.maxLength = maximum;
  if (format) {
    json2.format = formatMap[format] ?? format;
    if (json2.format === "")
      delete json2.format;
    if (format === "time" || laxFormat) {
      delete json2.format;
    }
  }
  if (contentEncoding)
    json2.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json2.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json2.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema, ctx, _json, params) => {
  const json2 = _json;
  const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
  json2.type = isInt ? "integer" : "number";
  const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
  const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
  const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
  if (exMin) {
    if (legacy) {
      json2.minimum = exclusiveMinimum;
      json2.exclusiveMinimum = true;
    } else {
      json2.exclusiveMinimum = exclusiveMinimum;
    }
  } else if (typeof minimum === "number") {
    json2.minimum = minimum;
  }
  if (exMax) {
    if (legacy) {
      json2.maximum = exclusiveMaximum;
      json2.exclusiveMaximum = true;
    } else {
      json2.exclusiveMaximum = exclusiveMaximum;
    }
  } else if (typeof maximum === "number") {
    json2.maximum = maximum;
  }
  if (multipleOf) {
    const divisors = /* @__PURE__ */ new Set();
    for (const divisor of multipleOf) {
      if (Number.isFinite(divisor) && divisor !== 0)
        divisors.add(Math.abs(divisor));
      else
        handleUnrepresentable(schema, ctx, json2, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
    }
    const [first, ...rest] = divisors;
    if (first !== void 0)
      json2.multipleOf = first;
    if (rest.length)
      json2.allOf = [...json2.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
  }
};
var booleanProcessor = (_schema, _ctx, json2, _params) => {
  json2.type = "boolean";
};
var bigintProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "BigInt cannot be represented in JSON Schema");
};
var symbolProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Symbols cannot be represented in JSON Schema");
};
var nullProcessor = (_schema, ctx, json2, _params) => {
  if (ctx.target === "openapi-3.0") {
    json2.type = "string";
    json2.nullable = true;
    json2.enum = [null];
  } else {
    json2.type = "null";
  }
};
var undefinedProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Undefined cannot be represented in JSON Schema");
};
var voidProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Void cannot be represented in JSON Schema");
};
var neverProcessor = (_schema, _ctx, json2, _params) => {
  json2.not = {};
};
var anyProcessor = (_schema, _ctx, _json, _params) => {
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var dateProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Date cannot be represented in JSON Schema");
};
var enumProcessor = (schema, _ctx, json2, _params) => {
  const def = schema._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json2.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json2.type = "number";
  if (values.every((v) => typeof v === "string"))
    json2.type = "string";
  json2.enum = values;
};
var literalProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  if (def.values.length === 0) {
    json2.not = {};
    return;
  }
  const vals = [];
  for (const val of def.values) {
    if (val === void 0) {
      if (handleUnrepresentable(schema, ctx, json2, params, "Literal `undefined` cannot be represented in JSON Schema"))
        return;
    } else if (typeof val === "bigint") {
      if (handleUnrepresentable(schema, ctx, json2, params, "BigInt literals cannot be represented in JSON Schema"))
        return;
      vals.push(Number(val));
    } else {
      vals.push(val);
    }
  }
  if (vals.length === 0) {
  } else if (vals.length === 1) {
    const val = vals[0];
    json2.type = val === null ? "null" : typeof val;
    if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
      json2.enum = [val];
    } else {
      json2.const = val;
    }
  } else {
    if (vals.every((v) => typeof v === "number"))
      json2.type = "number";
    if (vals.every((v) => typeof v === "string"))
      json2.type = "string";
    if (vals.every((v) => typeof v === "boolean"))
      json2.type = "boolean";
    if (vals.every((v) => v === null))
      json2.type = "null";
    json2.enum = vals;
  }
};
var nanProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "NaN cannot be represented in JSON Schema");
};
var templateLiteralProcessor = (schema, _ctx, json2, _params) => {
  const _json = json2;
  const pattern = schema._zod.pattern;
  if (!pattern)
    throw new Error("Pattern not found in template literal");
  _json.type = "string";
  _json.pattern = pattern.source;
};
var fileProcessor = (schema, _ctx, json2, _params) => {
  const _json = json2;
  _json.type = "string";
  _json.format = "binary";
  _json.contentEncoding = "binary";
  const { minimum, maximum, mime } = aggregateChecks(schema);
  if (minimum !== void 0)
    _json.minLength = minimum;
  if (maximum !== void 0)
    _json.maxLength = maximum;
  if (!mime)
    return;
  if (mime.length === 0)
    _json.not = {};
  else if (mime.length === 1)
    _json.contentMediaType = mime[0];
  else
    _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
var successProcessor = (_schema, _ctx, json2, _params) => {
  json2.type = "boolean";
};
var customProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Custom types cannot be represented in JSON Schema");
};
var functionProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Function types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Transforms cannot be represented in JSON Schema");
};
var mapProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Map cannot be represented in JSON Schema");
};
var setProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Set cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
  const json2 = _json;
  const def = schema._zod.def;
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json2.minItems = minimum;
  if (typeof maximum === "number")
    json2.maxItems = maximum;
  json2.type = "array";
  json2.items = processSchema(def.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema) {
  const def = schema._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
  const json2 = _json;
  const def = schema._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema, ctx, json2, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json2.type = "object";
  json2.properties = {};
  for (const key in shape) {
    assignProp(json2.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json2.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json2.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json2.additionalProperties = false;
  } else if (def.catchall) {
    json2.additionalProperties = processSchema(def.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  const isExclusive = def.inclusive === false;
  const options = def.options.map((x, i2) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i2]
  }));
  if (isExclusive) {
    json2.oneOf = options;
  } else {
    json2.anyOf = options;
  }
};
var intersectionProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  const a = processSchema(def.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json2.allOf = allOf;
  ctx.intersections.push(allOf);
};
var tupleProcessor = (schema, ctx, _json, params) => {
  const json2 = _json;
  const def = schema._zod.def;
  json2.type = "array";
  const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
  const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
  const prefixItems = def.items.map((x, i2) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, prefixPath, i2]
  }));
  const rest = def.rest ? processSchema(def.rest, ctx, {
    ...params,
    path: [...params.path, restPath, ...ctx.target === "openapi-3.0" ? [def.items.length] : []]
  }) : null;
  let minItems = def.items.length;
  while (minItems > 0) {
    const item = def.items[minItems - 1];
    const optional2 = ctx.io === "input" ? inputOptin(item) !== void 0 : item._zod.optout === "optional";
    if (!optional2)
      break;
    minItems--;
  }
  const maxItems = def.items.length;
  const isClosed = !def.rest;
  if (ctx.target === "draft-2020-12") {
    json2.prefixItems = prefixItems;
    if (isClosed) {
      json2.items = false;
    } else if (rest) {
      json2.items = rest;
    }
    if (minItems > 0)
      json2.minItems = minItems;
    if (isClosed)
      json2.maxItems = maxItems;
  } else if (ctx.target === "openapi-3.0") {
    json2.items = {
      anyOf: prefixItems
    };
    if (rest) {
      json2.items.anyOf.push(rest);
    }
    if (minItems > 0)
      json2.minItems = minItems;
    if (isClosed)
      json2.maxItems = maxItems;
  } else {
    json2.items = prefixItems;
    if (isClosed) {
      json2.additionalItems = false;
    } else if (rest) {
      json2.additionalItems = rest;
    }
    if (minItems > 0)
      json2.minItems = minItems;
    if (isClosed)
      json2.maxItems = maxItems;
  }
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json2.minItems = minimum;
  if (typeof maximum === "number")
    json2.maxItems = maximum;
};
function stringifyKeyNames(bySchema, json2, visited) {
  if (json2.$ref) {
    if (visited.has(json2))
      return json2;
    visited.add(json2);
    const def = bySchema.get(json2)?.def;
    if (!def)
      return json2;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json2 : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json2[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i2) => branch !== branches[i2]))
      json2 = { ...json2, [keyword]: mapped };
  }
  const types = Array.isArray(json2.type) ? json2.type : [json2.type];
  const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
  const values = json2.enum ?? (json2.const !== void 0 ? [json2.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json2;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json2;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types.includes("number") ? number : integer).source;
  return rest;
}
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) {
    if (entry.def && !bySchema.has(entry.schema))
      bySchema.set(entry.schema, entry);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record2 of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record2);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry of ctx.seen.values()) {
    for (const carrier of [entry.schema, entry.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
var recordProcessor = (schema, ctx, _json, params) => {
  const json2 = _json;
  const def = schema._zod.def;
  json2.type = "object";
  const keyType = def.keyType;
  const patterns = aggregateChecks(keyType).patterns;
  if (def.mode === "loose" && patterns && patterns.size > 0) {
    const valueSchema = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "patternProperties", "*"]
    });
    json2.patternProperties = {};
    for (const pattern of patterns) {
      assignProp(json2.patternProperties, exactPattern(pattern).source, valueSchema);
    }
  } else {
    if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
      json2.propertyNames = processSchema(def.keyType, ctx, {
        ...params,
        path: [...params.path, "propertyNames"]
      });
      let pending = pendingRecords.get(ctx);
      if (!pending) {
        pending = [];
        pendingRecords.set(ctx, pending);
        ctx.deferred.push(() => rewriteKeyNames(ctx));
      }
      pending.push(schema);
    }
    json2.additionalProperties = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
  const keyValues = keyType._zod.values;
  const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
  if (keyValues && !def.partial && !omittableOnInput) {
    const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
    if (validKeyValues.length > 0) {
      json2.required = validKeyValues.map(String);
    }
  }
};
var nullableProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  const inner = processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def.innerType;
    json2.nullable = true;
  } else {
    json2.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema, ctx, json2, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json2, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json2, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json2.default = value;
};
var prefaultProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json2, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json2._prefault = value;
};
var catchProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema, ctx, json2, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json2.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  json2.readOnly = true;
};
var promiseProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var optionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var lazyProcessor = (schema, ctx, _json, params) => {
  const innerType = schema._zod.innerType;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var allProcessors = {
  string: stringProcessor,
  number: numberProcessor,
  boolean: booleanProcessor,
  bigint: bigintProcessor,
  symbol: symbolProcessor,
  null: nullProcessor,
  undefined: undefinedProcessor,
  void: voidProcessor,
  never: neverProcessor,
  any: anyProcessor,
  unknown: unknownProcessor,
  date: dateProcessor,
  enum: enumProcessor,
  literal: literalProcessor,
  nan: nanProcessor,
  template_literal: templateLiteralProcessor,
  file: fileProcessor,
  success: successProcessor,
  custom: customProcessor,
  function: functionProcessor,
  transform: transformProcessor,
  map: mapProcessor,
  set: setProcessor,
  array: arrayProcessor,
  object: objectProcessor,
  union: unionProcessor,
  intersection: intersectionProcessor,
  tuple: tupleProcessor,
  record: recordProcessor,
  nullable: nullableProcessor,
  nonoptional: nonoptionalProcessor,
  default: defaultProcessor,
  prefault: prefaultProcessor,
  catch: catchProcessor,
  pipe: pipeProcessor,
  readonly: readonlyProcessor,
  promise: promiseProcessor,
  optional: optionalProcessor,
  lazy: lazyProcessor
};
function toJSONSchema(input2, params) {
  if ("_idmap" in input2) {
    const registry3 = input2;
    const ctx2 = initializeContext({ ...params, processors: allProcessors });
    const defs = {};
    for (const entry of registry3._idmap.entries()) {
      const [_, schema] = entry;
      processSchema(schema, ctx2);
    }
    const schemas = {};
    const external = {
      registry: registry3,
      uri: params?.uri,
      defs
    };
    ctx2.external = external;
    for (const entry of registry3._idmap.entries()) {
      const [key, schema] = entry;
      extractDefs(ctx2, schema);
      assignProp(schemas, key, finalize(ctx2, schema));
    }
    if (Object.keys(defs).length > 0) {
      const defsSegment = ctx2.target === "draft-2020-12" ? "$defs" : "definitions";
      schemas.__shared = {
        [defsSegment]: defs
      };
    }
    return { schemas };
  }
  const ctx = initializeContext({ ...params, processors: allProcessors });
  processSchema(input2, ctx);
  extractDefs(ctx, input2);
  return finalize(ctx, input2);
}

// node_modules/zod/v4/core/json-schema-generator.js
var JSONSchemaGenerator = class {
  /** @deprecated Access via ctx instead */
  get metadataRegistry() {
    return this.ctx.metadataRegistry;
  }
  /** @deprecated Access via ctx instead */
  get target() {
    return this.ctx.target;
  }
  // annotated so the .d.cts emits an indexed access rather than an inline `import()` of an ESM path
  /** @deprecated Access via ctx instead */
  get unrepresentable() {
    return this.ctx.unrepresentable;
  }
  /** @deprecated Access via ctx instead */
  get override() {
    return this.ctx.override;
  }
  /** @deprecated Access via ctx instead */
  get io() {
    return this.ctx.io;
  }
  /** @deprecated Access via ctx instead */
  get counter() {
    return this.ctx.counter;
  }
  set counter(value) {
    this.ctx.counter = value;
  }
  /** @deprecated Access via ctx instead */
  get seen() {
    return this.ctx.seen;
  }
  constructor(params) {
    let normalizedTarget = params?.target ?? "draft-2020-12";
    if (normalizedTarget === "draft-4")
      normalizedTarget = "draft-04";
    if (normalizedTarget === "draft-7")
      normalizedTarget = "draft-07";
    this.ctx = initializeContext({
      processors: allProcessors,
      target: normalizedTarget,
      ...params?.metadata && { metadata: params.metadata },
      ...params?.unrepresentable && { unrepresentable: params.unrepresentable },
      ...params?.override && { override: params.override },
      ...params?.io && { io: params.io }
    });
  }
  /**
   * Process a schema to prepare it for JSON Schema generation.
   * This must be called before emit().
   */
  process(schema, _params = { path: [], schemaPath: [] }) {
    return processSchema(schema, this.ctx, _params);
  }
  /**
   * Emit the final JSON Schema after processing.
   * Must call process() first.
   */
  emit(schema, _params) {
    if (_params) {
      if (_params.cycles)
        this.ctx.cycles = _params.cycles;
      if (_params.reused)
        this.ctx.reused = _params.reused;
      if (_params.external)
        this.ctx.external = _params.external;
    }
    this.ctx.sharedDefsExtractedFor = void 0;
    this.ctx.sharedEmitDoneFor = void 0;
    extractDefs(this.ctx, schema);
    const result = finalize(this.ctx, schema);
    const { "~standard": _, ...plainResult } = result;
    return plainResult;
  }
};

// node_modules/zod/v4/core/json-schema.js
var json_schema_exports = {};

// node_modules/zod/v4/classic/schemas.js
var schemas_exports2 = {};
__export(schemas_exports2, {
  ZodAny: () => ZodAny,
  ZodArray: () => ZodArray,
  ZodBase64: () => ZodBase64,
  ZodBase64URL: () => ZodBase64URL,
  ZodBigInt: () => ZodBigInt,
  ZodBigIntFormat: () => ZodBigIntFormat,
  ZodBoolean: () => ZodBoolean,
  ZodCIDRv4: () => ZodCIDRv4,
  ZodCIDRv6: () => ZodCIDRv6,
  ZodCUID: () => ZodCUID,
  ZodCUID2: () => ZodCUID2,
  ZodCatch: () => ZodCatch,
  ZodCodec: () => ZodCodec,
  ZodCreditCard: () => ZodCreditCard,
  ZodCustom: () => ZodCustom,
  ZodCustomStringFormat: () => ZodCustomStringFormat,
  ZodDate: () => ZodDate,
  ZodDefault: () => ZodDefault,
  ZodDiscriminatedUnion: () => ZodDiscriminatedUnion,
  ZodE164: () => ZodE164,
  ZodEmail: () => ZodEmail,
  ZodEmoji: () => ZodEmoji,
  ZodEnum: () => ZodEnum,
  ZodExactOptional: () => ZodExactOptional,
  ZodFile: () => ZodFile,
  ZodFunction: () => ZodFunction,
  ZodGUID: () => ZodGUID,
  ZodIBAN: () => ZodIBAN,
  ZodIPv4: () => ZodIPv4,
  ZodIPv6: () => ZodIPv6,
  ZodISODate: () => ZodISODate,
  ZodISODateTime: () => ZodISODateTime,
  ZodISODuration: () => ZodISODuration,
  ZodISOTime: () => ZodISOTime,
  ZodInstanceOf: () => ZodInstanceOf,
  ZodIntersection: () => ZodIntersection,
  ZodJWT: () => ZodJWT,
  ZodKSUID: () => ZodKSUID,
  ZodLazy: () => ZodLazy,
  ZodLiteral: () => ZodLiteral,
  ZodMAC: () => ZodMAC,
  ZodMap: () => ZodMap,
  ZodNaN: () => ZodNaN,
  ZodNanoID: () => ZodNanoID,
  ZodNever: () => ZodNever,
  ZodNonOptional: () => ZodNonOptional,
  ZodNull: () => ZodNull,
  ZodNullable: () => ZodNullable,
  ZodNumber: () => ZodNumber,
  ZodNumberFormat: () => ZodNumberFormat,
  ZodObject: () => ZodObject,
  ZodOptional: () => ZodOptional,
  ZodPipe: () => ZodPipe,
  ZodPrefault: () => ZodPrefault,
  ZodPreprocess: () => ZodPreprocess,
  ZodPromise: () => ZodPromise,
  ZodReadonly: () => ZodReadonly,
  ZodRecord: () => ZodRecord,
  ZodSet: () => ZodSet,
  ZodString: () => ZodString,
  ZodStringFormat: () => ZodStringFormat,
  ZodSuccess: () => ZodSuccess,
  ZodSymbol: () => ZodSymbol,
  ZodTemplateLiteral: () => ZodTemplateLiteral,
  ZodTransform: () => ZodTransform,
  ZodTuple: () => ZodTuple,
  ZodType: () => ZodType,
  ZodULID: () => ZodULID,
  ZodURL: () => ZodURL,
  ZodUUID: () => ZodUUID,
  ZodUndefined: () => ZodUndefined,
  ZodUnion: () => ZodUnion,
  ZodUnknown: () => ZodUnknown,
  ZodVoid: () => ZodVoid,
  ZodXID: () => ZodXID,
  ZodXor: () => ZodXor,
  _ZodString: () => _ZodString,
  _default: () => _default2,
  _function: () => _function,
  any: () => any,
  array: () => array,
  base64: () => base642,
  base64url: () => base64url2,
  bigint: () => bigint2,
  boolean: () => boolean2,
  catch: () => _catch2,
  check: () => check,
  cidrv4: () => cidrv42,
  cidrv6: () => cidrv62,
  codec: () => codec,
  creditCard: () => creditCard2,
  cuid: () => cuid3,
  cuid2: () => cuid22,
  currencyCode: () => currencyCode2,
  custom: () => custom,
  date: () => date2,
  describe: () => describe2,
  discriminatedUnion: () => discriminatedUnion,
  e164: () => e1642,
  email: () => email2,
  emoji: () => emoji2,
  enum: () => _enum2,
  exactOptional: () => exactOptional,
  file: () => file,
  float32: () => float32,
  float64: () => float64,
  function: () => _function,
  guid: () => guid2,
  hash: () => hash,
  hex: () => hex2,
  hostname: () => hostname2,
  httpUrl: () => httpUrl,
  iban: () => iban2,
  instanceof: () => _instanceof,
  int: () => int,
  int32: () => int32,
  int64: () => int64,
  intersection: () => intersection,
  invertCodec: () => invertCodec,
  ipv4: () => ipv42,
  ipv6: () => ipv62,
  json: () => json,
  jwt: () => jwt,
  keyof: () => keyof,
  ksuid: () => ksuid2,
  lazy: () => lazy,
  literal: () => literal,
  looseObject: () => looseObject,
  looseRecord: () => looseRecord,
  mac: () => mac2,
  map: () => map,
  meta: () => meta2,
  nan: () => nan,
  nanoid: () => nanoid2,
  nativeEnum: () => nativeEnum,
  never: () => never,
  nonoptional: () => nonoptional,
  null: () => _null3,
  nullable: () => nullable,
  nullish: () => nullish2,
  number: () => number2,
  object: () => object,
  optional: () => optional,
  partialRecord: () => partialRecord,
  pipe: () => pipe,
  prefault: () => prefault,
  preprocess: () => preprocess,
  promise: () => promise,
  readonly: () => readonly,
  record: () => record,
  refine: () => refine,
  set: () => set,
  strictObject: () => strictObject,
  string: () => string2,
  stringFormat: () => stringFormat,
  stringbool: () => stringbool,
  success: () => success,
  superRefine: () => superRefine,
  symbol: () => symbol,
  templateLiteral: () => templateLiteral,
  transform: () => transform,
  tuple: () => tuple,
  uint32: () => uint32,
  uint64: () => uint64,
  ulid: () => ulid2,
  undefined: () => _undefined3,
  union: () => union,
  unknown: () => unknown,
  url: () => url,
  uuid: () => uuid2,
  uuidv4: () => uuidv4,
  uuidv6: () => uuidv6,
  uuidv7: () => uuidv7,
  void: () => _void2,
  xid: () => xid2,
  xor: () => xor
});

// node_modules/zod/v4/classic/checks.js
var checks_exports2 = {};
__export(checks_exports2, {
  endsWith: () => _endsWith,
  gt: () => _gt,
  gte: () => _gte,
  includes: () => _includes,
  length: () => _length,
  lowercase: () => _lowercase,
  lt: () => _lt,
  lte: () => _lte,
  maxLength: () => _maxLength,
  maxSize: () => _maxSize,
  mime: () => _mime,
  minLength: () => _minLength,
  minSize: () => _minSize,
  multipleOf: () => _multipleOf,
  negative: () => _negative,
  nonnegative: () => _nonnegative,
  nonpositive: () => _nonpositive,
  normalize: () => _normalize,
  overwrite: () => _overwrite,
  positive: () => _positive,
  properties: () => _properties,
  property: () => _property,
  regex: () => _regex,
  size: () => _size,
  slugify: () => _slugify,
  startsWith: () => _startsWith,
  toLowerCase: () => _toLowerCase,
  toUpperCase: () => _toUpperCase,
  trim: () => _trim,
  uppercase: () => _uppercase
});

// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self3) => (mapper) => formatError(self3, mapper));
  _lazyMethod(proto, "flatten", (self3) => (mapper) => flattenError(self3, mapper));
  _lazyMethod(proto, "addIssue", (self3) => (issue2) => {
    self3.issues.push(issue2);
    self3.message = JSON.stringify(self3.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self3) => (issues2) => {
    self3.issues.push(...issues2);
    self3.message = JSON.stringify(self3.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodError = /* @__PURE__ */ $constructor("ZodError", initializer2);
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error
});

// node_modules/zod/v4/classic/parse.js
var parse2 = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync2 = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse2 = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync2 = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode2 = /* @__PURE__ */ _encode(ZodRealError);
var decode2 = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync2 = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync2 = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode2 = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode2 = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync2 = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync2 = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
  _ensureDefaultLocale();
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
  return inst;
}, {
  check(...chks) {
    const def = this.def;
    return this.clone(util_exports.mergeDefs(def, {
      checks: [
        ...def.checks ?? [],
        ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }), { parent: true });
  },
  with(...chks) {
    return this.check(...chks);
  },
  clone(def, params) {
    return clone(this, def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta3) {
    reg.add(this, meta3);
    return this;
  },
  refine(check2, params) {
    return this.check(refine(check2, params));
  },
  superRefine(refinement, params) {
    return this.check(superRefine(refinement, params));
  },
  overwrite(fn) {
    return this.check(_overwrite(fn));
  },
  optional() {
    return optional(this);
  },
  exactOptional() {
    return exactOptional(this);
  },
  nullable() {
    return nullable(this);
  },
  nullish() {
    return optional(nullable(this));
  },
  nonoptional(params) {
    return nonoptional(this, params);
  },
  array() {
    return array(this);
  },
  or(arg) {
    return union([this, arg]);
  },
  and(arg) {
    return intersection(this, arg);
  },
  transform(tx) {
    return pipe(this, transform(tx));
  },
  default(d) {
    return _default2(this, d);
  },
  prefault(d) {
    return prefault(this, d);
  },
  catch(params) {
    return _catch2(this, params);
  },
  pipe(target) {
    return pipe(this, target);
  },
  readonly() {
    return readonly(this);
  },
  describe(description) {
    const cl = this.clone();
    globalRegistry.add(cl, { description });
    return cl;
  },
  meta(...args2) {
    if (args2.length === 0)
      return globalRegistry.get(this);
    const cl = this.clone();
    globalRegistry.add(cl, args2[0]);
    return cl;
  },
  isOptional() {
    return this.safeParse(void 0).success;
  },
  isNullable() {
    return this.safeParse(null).success;
  },
  apply(fn, ...args2) {
    return args2.length === 0 ? fn(this) : fn(this, ...args2);
  },
  // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
  get "~standard"() {
    return util_exports.hide(this, "~standard", {
      ...standardProps(this),
      jsonSchema: {
        input: createStandardJSONSchemaMethod(this, "input"),
        output: createStandardJSONSchemaMethod(this, "output")
      }
    });
  },
  set "~standard"(value) {
    util_exports.own(this, "~standard", value);
  },
  parse: function _parse2(data, params) {
    return parse2(this, data, params, { callee: _parse2 });
  },
  parseAsync: async function _parseAsync2(data, params) {
    return await parseAsync2(this, data, params, { callee: _parseAsync2 });
  },
  safeParse(data, params) {
    return safeParse2(this, data, params);
  },
  async safeParseAsync(data, params) {
    return safeParseAsync2(this, data, params);
  },
  // `spa` is an alias: same function object as `safeParseAsync`, as before.
  get spa() {
    return this?.safeParseAsync;
  },
  set spa(value) {
    util_exports.own(this, "spa", value);
  },
  validate(data, params) {
    return validate(this, data, params);
  },
  validateAsync(data, params) {
    return validateAsync(this, data, params);
  },
  encode: function _encode2(data, params) {
    return encode2(this, data, params, { callee: _encode2 });
  },
  decode: function _decode2(data, params) {
    return decode2(this, data, params, { callee: _decode2 });
  },
  encodeAsync: async function _encodeAsync2(data, params) {
    return await encodeAsync2(this, data, params, { callee: _encodeAsync2 });
  },
  decodeAsync: async function _decodeAsync2(data, params) {
    return await decodeAsync2(this, data, params, { callee: _decodeAsync2 });
  },
  safeEncode(data, params) {
    return safeEncode2(this, data, params);
  },
  safeDecode(data, params) {
    return safeDecode2(this, data, params);
  },
  async safeEncodeAsync(data, params) {
    return safeEncodeAsync2(this, data, params);
  },
  async safeDecodeAsync(data, params) {
    return safeDecodeAsync2(this, data, params);
  },
  toJSONSchema(params) {
    return createToJSONSchemaMethod(this, {})(params);
  },
  // Reads through to the registry on every access, so it must not cache.
  get description() {
    return globalRegistry.get(this)?.description;
  },
  // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
  get _def() {
    return this._zod.def;
  }
});
var _ZodString = /* @__PURE__ */ $constructor(
  "_ZodString",
  (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => stringProcessor(inst, ctx, json2, params);
  },
  /* @__PURE__ */ util_exports.derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null
  }, {
    regex(...args2) {
      return this.check(_regex(...args2));
    },
    includes(...args2) {
      return this.check(_includes(...args2));
    },
    startsWith(...args2) {
      return this.check(_startsWith(...args2));
    },
    endsWith(...args2) {
      return this.check(_endsWith(...args2));
    },
    min(...args2) {
      return this.check(_minLength(...args2));
    },
    max(...args2) {
      return this.check(_maxLength(...args2));
    },
    length(...args2) {
      return this.check(_length(...args2));
    },
    nonempty(...args2) {
      return this.check(_minLength(1, ...args2));
    },
    lowercase(params) {
      return this.check(_lowercase(params));
    },
    uppercase(params) {
      return this.check(_uppercase(params));
    },
    trim() {
      return this.check(_trim());
    },
    normalize(...args2) {
      return this.check(_normalize(...args2));
    },
    toLowerCase() {
      return this.check(_toLowerCase());
    },
    toUpperCase() {
      return this.check(_toUpperCase());
    },
    slugify() {
      return this.check(_slugify());
    }
  })
);
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
  $ZodString.init(inst, def);
  _ZodString.init(inst, def);
}, {
  email(params) {
    return this.check(_email(ZodEmail, params));
  },
  url(params) {
    return this.check(_url(ZodURL, params));
  },
  jwt(params) {
    return this.check(_jwt(ZodJWT, params));
  },
  emoji(params) {
    return this.check(_emoji2(ZodEmoji, params));
  },
  guid(params) {
    return this.check(_guid(ZodGUID, params));
  },
  uuid(params) {
    return this.check(_uuid(ZodUUID, params));
  },
  uuidv4(params) {
    return this.check(_uuidv4(ZodUUID, params));
  },
  uuidv6(params) {
    return this.check(_uuidv6(ZodUUID, params));
  },
  uuidv7(params) {
    return this.check(_uuidv7(ZodUUID, params));
  },
  nanoid(params) {
    return this.check(_nanoid(ZodNanoID, params));
  },
  cuid(params) {
    return this.check(_cuid(ZodCUID, params));
  },
  cuid2(params) {
    return this.check(_cuid2(ZodCUID2, params));
  },
  ulid(params) {
    return this.check(_ulid(ZodULID, params));
  },
  base64(params) {
    return this.check(_base64(ZodBase64, params));
  },
  base64url(params) {
    return this.check(_base64url(ZodBase64URL, params));
  },
  xid(params) {
    return this.check(_xid(ZodXID, params));
  },
  ksuid(params) {
    return this.check(_ksuid(ZodKSUID, params));
  },
  ipv4(params) {
    return this.check(_ipv4(ZodIPv4, params));
  },
  ipv6(params) {
    return this.check(_ipv6(ZodIPv6, params));
  },
  cidrv4(params) {
    return this.check(_cidrv4(ZodCIDRv4, params));
  },
  cidrv6(params) {
    return this.check(_cidrv6(ZodCIDRv6, params));
  },
  e164(params) {
    return this.check(_e164(ZodE164, params));
  },
  datetime(params) {
    return this.check(_isoDateTime(ZodISODateTime, params));
  },
  date(params) {
    return this.check(_isoDate(ZodISODate, params));
  },
  time(params) {
    return this.check(_isoTime(ZodISOTime, params));
  },
  duration(params) {
    return this.check(_isoDuration(ZodISODuration, params));
  }
});
function string2(params) {
  return _string(ZodString, params);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  _ZodString.init(inst, def);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
  $ZodEmail.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function email2(params) {
  return _email(ZodEmail, params);
}
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
  $ZodGUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function guid2(params) {
  return _guid(ZodGUID, params);
}
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
  $ZodUUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function uuid2(params) {
  return _uuid(ZodUUID, params);
}
function uuidv4(params) {
  return _uuidv4(ZodUUID, params);
}
function uuidv6(params) {
  return _uuidv6(ZodUUID, params);
}
function uuidv7(params) {
  return _uuidv7(ZodUUID, params);
}
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function url(params) {
  return _url(ZodURL, params);
}
function httpUrl(params) {
  return _url(ZodURL, {
    protocol: httpProtocol,
    hostname: domain,
    ...util_exports.normalizeParams(params)
  });
}
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
  $ZodEmoji.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function emoji2(params) {
  return _emoji2(ZodEmoji, params);
}
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
  $ZodNanoID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function nanoid2(params) {
  return _nanoid(ZodNanoID, params);
}
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
  $ZodCUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function cuid3(params) {
  return _cuid(ZodCUID, params);
}
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
  $ZodCUID2.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function cuid22(params) {
  return _cuid2(ZodCUID2, params);
}
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
  $ZodULID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function ulid2(params) {
  return _ulid(ZodULID, params);
}
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
  $ZodXID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function xid2(params) {
  return _xid(ZodXID, params);
}
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
  $ZodKSUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function ksuid2(params) {
  return _ksuid(ZodKSUID, params);
}
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
  $ZodIPv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function ipv42(params) {
  return _ipv4(ZodIPv4, params);
}
var ZodMAC = /* @__PURE__ */ $constructor("ZodMAC", (inst, def) => {
  $ZodMAC.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function mac2(params) {
  return _mac(ZodMAC, params);
}
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
  $ZodIPv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function ipv62(params) {
  return _ipv6(ZodIPv6, params);
}
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
  $ZodCIDRv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function cidrv42(params) {
  return _cidrv4(ZodCIDRv4, params);
}
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
  $ZodCIDRv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function cidrv62(params) {
  return _cidrv6(ZodCIDRv6, params);
}
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
  $ZodBase64.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function base642(params) {
  return _base64(ZodBase64, params);
}
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
  $ZodBase64URL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function base64url2(params) {
  return _base64url(ZodBase64URL, params);
}
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
  $ZodE164.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function e1642(params) {
  return _e164(ZodE164, params);
}
var ZodCreditCard = /* @__PURE__ */ $constructor("ZodCreditCard", (inst, def) => {
  $ZodCreditCard.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function creditCard2(params) {
  return _creditCard(ZodCreditCard, params);
}
var ZodIBAN = /* @__PURE__ */ $constructor("ZodIBAN", (inst, def) => {
  $ZodIBAN.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function iban2(params) {
  return _iban(ZodIBAN, params);
}
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
  $ZodJWT.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function jwt(params) {
  return _jwt(ZodJWT, params);
}
var ZodCustomStringFormat = /* @__PURE__ */ $constructor("ZodCustomStringFormat", (inst, def) => {
  $ZodCustomStringFormat.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function stringFormat(format, fnOrRegex, _params = {}) {
  return _stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function hostname2(_params) {
  return _stringFormat(ZodCustomStringFormat, "hostname", hostname, _params);
}
function hex2(_params) {
  return _stringFormat(ZodCustomStringFormat, "hex", hex, _params);
}
function currencyCode2(_params) {
  return _stringFormat(ZodCustomStringFormat, "currency_code", currencyCode, _params);
}
function hash(alg, params) {
  const enc = params?.enc ?? "hex";
  const format = `${alg}_${enc}`;
  const regex = regexes_exports[format];
  if (!regex)
    throw new Error(`Unrecognized hash format: ${format}`);
  return _stringFormat(ZodCustomStringFormat, format, regex, params);
}
var ZodNumber = /* @__PURE__ */ $constructor(
  "ZodNumber",
  (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => numberProcessor(inst, ctx, json2, params);
    inst.isFinite = true;
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => {
      const { minimum, exclusiveMinimum } = aggregateChecks(inst);
      return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
      const { maximum, exclusiveMaximum } = aggregateChecks(inst);
      return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
      const { isInt, multipleOf } = aggregateChecks(inst);
      return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gt(value, params) {
      return this.check(_gt(value, params));
    },
    gte(value, params) {
      return this.check(_gte(value, params));
    },
    min(value, params) {
      return this.check(_gte(value, params));
    },
    lt(value, params) {
      return this.check(_lt(value, params));
    },
    lte(value, params) {
      return this.check(_lte(value, params));
    },
    max(value, params) {
      return this.check(_lte(value, params));
    },
    int(params) {
      return this.check(int(params));
    },
    safe(params) {
      return this.check(int(params));
    },
    positive(params) {
      return this.check(_gt(0, params));
    },
    nonnegative(params) {
      return this.check(_gte(0, params));
    },
    negative(params) {
      return this.check(_lt(0, params));
    },
    nonpositive(params) {
      return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
      return this.check(_multipleOf(value, params));
    },
    step(value, params) {
      return this.check(_multipleOf(value, params));
    },
    finite() {
      return this;
    }
  })
);
function number2(params) {
  return _number(ZodNumber, params);
}
var ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodNumber.init(inst, def);
});
function int(params) {
  return _int(ZodNumberFormat, params);
}
function float32(params) {
  return _float32(ZodNumberFormat, params);
}
function float64(params) {
  return _float64(ZodNumberFormat, params);
}
function int32(params) {
  return _int32(ZodNumberFormat, params);
}
function uint32(params) {
  return _uint32(ZodNumberFormat, params);
}
var ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => booleanProcessor(inst, ctx, json2, params);
});
function boolean2(params) {
  return _boolean(ZodBoolean, params);
}
var ZodBigInt = /* @__PURE__ */ $constructor(
  "ZodBigInt",
  (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => bigintProcessor(inst, ctx, json2, params);
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gte(value, params) {
      return this.check(_gte(value, params));
    },
    min(value, params) {
      return this.check(_gte(value, params));
    },
    gt(value, params) {
      return this.check(_gt(value, params));
    },
    lt(value, params) {
      return this.check(_lt(value, params));
    },
    lte(value, params) {
      return this.check(_lte(value, params));
    },
    max(value, params) {
      return this.check(_lte(value, params));
    },
    positive(params) {
      return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
      return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
      return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
      return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
      return this.check(_multipleOf(value, params));
    }
  })
);
function bigint2(params) {
  return _bigint(ZodBigInt, params);
}
var ZodBigIntFormat = /* @__PURE__ */ $constructor("ZodBigIntFormat", (inst, def) => {
  $ZodBigIntFormat.init(inst, def);
  ZodBigInt.init(inst, def);
});
function int64(params) {
  return _int64(ZodBigIntFormat, params);
}
function uint64(params) {
  return _uint64(ZodBigIntFormat, params);
}
var ZodSymbol = /* @__PURE__ */ $constructor("ZodSymbol", (inst, def) => {
  $ZodSymbol.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => symbolProcessor(inst, ctx, json2, params);
});
function symbol(params) {
  return _symbol(ZodSymbol, params);
}
var ZodUndefined = /* @__PURE__ */ $constructor("ZodUndefined", (inst, def) => {
  $ZodUndefined.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => undefinedProcessor(inst, ctx, json2, params);
});
function _undefined3(params) {
  return _undefined2(ZodUndefined, params);
}
var ZodNull = /* @__PURE__ */ $constructor("ZodNull", (inst, def) => {
  $ZodNull.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => nullProcessor(inst, ctx, json2, params);
});
function _null3(params) {
  return _null2(ZodNull, params);
}
var ZodAny = /* @__PURE__ */ $constructor("ZodAny", (inst, def) => {
  $ZodAny.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => anyProcessor(inst, ctx, json2, params);
});
function any() {
  return _any(ZodAny);
}
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => unknownProcessor(inst, ctx, json2, params);
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => neverProcessor(inst, ctx, json2, params);
});
function never(params) {
  return _never(ZodNever, params);
}
var ZodVoid = /* @__PURE__ */ $constructor("ZodVoid", (inst, def) => {
  $ZodVoid.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => voidProcessor(inst, ctx, json2, params);
});
function _void2(params) {
  return _void(ZodVoid, params);
}
var ZodDate = /* @__PURE__ */ $constructor(
  "ZodDate",
  (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => dateProcessor(inst, ctx, json2, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
  },
  /* @__PURE__ */ util_exports.derived({
    minDate: (inst) => {
      const { minimum } = aggregateChecks(inst);
      return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
      const { maximum } = aggregateChecks(inst);
      return maximum ? new Date(maximum) : null;
    }
  }, {})
);
function date2(params) {
  return _date(ZodDate, params);
}
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => arrayProcessor(inst, ctx, json2, params);
  inst.element = def.element;
}, {
  min(n, params) {
    return this.check(_minLength(n, params));
  },
  nonempty(params) {
    return this.check(_minLength(1, params));
  },
  max(n, params) {
    return this.check(_maxLength(n, params));
  },
  length(n, params) {
    return this.check(_length(n, params));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params) {
  return _array(ZodArray, element, params);
}
function keyof(schema) {
  const shape = schema._zod.def.shape;
  return _enum2(Object.keys(shape));
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => objectProcessor(inst, ctx, json2, params);
  util_exports.installLazyProp(inst, "shape", (self3) => self3._zod.def.shape, false);
}, {
  keyof() {
    return _enum2(Object.keys(this._zod.def.shape));
  },
  catchall(catchall) {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
  },
  passthrough() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  loose() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  strict() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
  },
  strip() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
  },
  extend(incoming) {
    return util_exports.extend(this, incoming);
  },
  safeExtend(incoming) {
    return util_exports.safeExtend(this, incoming);
  },
  merge(other) {
    return util_exports.merge(this, other);
  },
  pick(mask) {
    return util_exports.pick(this, mask);
  },
  omit(mask) {
    return util_exports.omit(this, mask);
  },
  partial(...args2) {
    return util_exports.partial(ZodOptional, this, args2[0]);
  },
  exactPartial(...args2) {
    return util_exports.partial(ZodExactOptional, this, args2[0], "exactPartial");
  },
  required(...args2) {
    return util_exports.required(ZodNonOptional, this, args2[0]);
  }
});
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...util_exports.normalizeParams(params)
  };
  return new ZodObject(def);
}
function strictObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: never(),
    ...util_exports.normalizeParams(params)
  });
}
function looseObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: unknown(),
    ...util_exports.normalizeParams(params)
  });
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => unionProcessor(inst, ctx, json2, params);
  inst.options = def.options;
});
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
var ZodXor = /* @__PURE__ */ $constructor("ZodXor", (inst, def) => {
  ZodUnion.init(inst, def);
  $ZodXor.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => unionProcessor(inst, ctx, json2, params);
  inst.options = def.options;
});
function xor(options, params) {
  return new ZodXor({
    type: "union",
    options,
    inclusive: false,
    ...util_exports.normalizeParams(params)
  });
}
var ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("ZodDiscriminatedUnion", (inst, def) => {
  ZodUnion.init(inst, def);
  $ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
  return new ZodDiscriminatedUnion({
    type: "union",
    options,
    discriminator,
    ...util_exports.normalizeParams(params)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
  $ZodIntersection.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => intersectionProcessor(inst, ctx, json2, params);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodTuple = /* @__PURE__ */ $constructor("ZodTuple", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTuple.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => tupleProcessor(inst, ctx, json2, params);
}, {
  rest(rest) {
    return this.clone({
      ...this._zod.def,
      rest
    });
  },
  partial() {
    const def = this._zod.def;
    if (def.checks?.length)
      throw new Error(".partial() cannot be used on tuple schemas containing refinements");
    return this.clone({
      ...def,
      items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item }))
    });
  }
});
function tuple(items, _paramsOrRest, _params) {
  const hasRest = _paramsOrRest instanceof $ZodType;
  const params = hasRest ? _params : _paramsOrRest;
  const rest = hasRest ? _paramsOrRest : null;
  return new ZodTuple({
    type: "tuple",
    items,
    rest,
    ...util_exports.normalizeParams(params)
  });
}
var ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodRecord.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => recordProcessor(inst, ctx, json2, params);
  inst.keyType = def.keyType;
  inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodRecord({
      type: "record",
      keyType: string2(),
      valueType: keyType,
      ...util_exports.normalizeParams(valueType)
    });
  }
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
function partialRecord(keyType, valueType, params) {
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params),
    partial: true
  });
}
function looseRecord(keyType, valueType, params) {
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    mode: "loose",
    ...util_exports.normalizeParams(params)
  });
}
var ZodMap = /* @__PURE__ */ $constructor("ZodMap", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodMap.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => mapProcessor(inst, ctx, json2, params);
  inst.keyType = def.keyType;
  inst.valueType = def.valueType;
  inst.min = (...args2) => inst.check(_minSize(...args2));
  inst.nonempty = (params) => inst.check(_minSize(1, params));
  inst.max = (...args2) => inst.check(_maxSize(...args2));
  inst.size = (...args2) => inst.check(_size(...args2));
});
function map(keyType, valueType, params) {
  return new ZodMap({
    type: "map",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodSet = /* @__PURE__ */ $constructor("ZodSet", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodSet.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => setProcessor(inst, ctx, json2, params);
  inst.min = (...args2) => inst.check(_minSize(...args2));
  inst.nonempty = (params) => inst.check(_minSize(1, params));
  inst.max = (...args2) => inst.check(_maxSize(...args2));
  inst.size = (...args2) => inst.check(_size(...args2));
});
function set(valueType, params) {
  return new ZodSet({
    type: "set",
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => enumProcessor(inst, ctx, json2, params);
  inst.enum = def.entries;
  inst.options = [...inst._zod.values];
  const keys = new Set(Object.keys(def.entries));
  inst.extract = (values, params) => {
    const newEntries = {};
    for (const value of values) {
      if (keys.has(value)) {
        newEntries[value] = def.entries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
  inst.exclude = (values, params) => {
    const newEntries = { ...def.entries };
    for (const value of values) {
      if (keys.has(value)) {
        delete newEntries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
});
function _enum2(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
function nativeEnum(entries, params) {
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
var ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => literalProcessor(inst, ctx, json2, params);
  inst.values = new Set(def.values);
  Object.defineProperty(inst, "value", {
    get() {
      if (def.values.length > 1) {
        throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
      }
      return def.values[0];
    }
  });
});
function literal(value, params) {
  return new ZodLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...util_exports.normalizeParams(params)
  });
}
var ZodFile = /* @__PURE__ */ $constructor("ZodFile", (inst, def) => {
  $ZodFile.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => fileProcessor(inst, ctx, json2, params);
  inst.min = (size, params) => inst.check(_minSize(size, params));
  inst.max = (size, params) => inst.check(_maxSize(size, params));
  inst.mime = (types, params) => inst.check(_mime(Array.isArray(types) ? types : [types], params));
});
function file(params) {
  return _file(ZodFile, params);
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTransform.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => transformProcessor(inst, ctx, json2, params);
  inst._zod.parse = (payload, _ctx) => {
    if (_ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(util_exports.issue(issue2, payload.value, def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = inst);
        payload.issues.push(util_exports.issue(_issue));
      }
    };
    const output2 = def.transform(payload.value, payload);
    if (output2 instanceof Promise) {
      return output2.then((output3) => {
        payload.value = output3;
        return payload;
      });
    }
    payload.value = output2;
    return payload;
  };
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => optionalProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
  $ZodExactOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => optionalProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => nullableProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
function nullish2(innerType) {
  return optional(nullable(innerType));
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => defaultProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default2(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => prefaultProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
  $ZodNonOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => nonoptionalProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodSuccess = /* @__PURE__ */ $constructor("ZodSuccess", (inst, def) => {
  $ZodSuccess.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => successProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function success(innerType) {
  return new ZodSuccess({
    type: "success",
    innerType
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => catchProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch2(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodNaN = /* @__PURE__ */ $constructor("ZodNaN", (inst, def) => {
  $ZodNaN.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => nanProcessor(inst, ctx, json2, params);
});
function nan(params) {
  return _nan(ZodNaN, params);
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => pipeProcessor(inst, ctx, json2, params);
  inst.in = def.in;
  inst.out = def.out;
});
function pipe(in_, out2) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out: out2
    // ...util.normalizeParams(params),
  });
}
var ZodCodec = /* @__PURE__ */ $constructor("ZodCodec", (inst, def) => {
  ZodPipe.init(inst, def);
  $ZodCodec.init(inst, def);
});
function codec(in_, out2, params) {
  return new ZodCodec({
    type: "pipe",
    in: in_,
    out: out2,
    transform: params.decode,
    reverseTransform: params.encode
  });
}
function invertCodec(codec2) {
  const def = codec2._zod.def;
  return new ZodCodec({
    type: "pipe",
    in: def.out,
    out: def.in,
    transform: def.reverseTransform,
    reverseTransform: def.transform
  });
}
var ZodPreprocess = /* @__PURE__ */ $constructor("ZodPreprocess", (inst, def) => {
  ZodPipe.init(inst, def);
  $ZodPreprocess.init(inst, def);
});
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => readonlyProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodTemplateLiteral = /* @__PURE__ */ $constructor("ZodTemplateLiteral", (inst, def) => {
  $ZodTemplateLiteral.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => templateLiteralProcessor(inst, ctx, json2, params);
});
function templateLiteral(parts2, params) {
  return new ZodTemplateLiteral({
    type: "template_literal",
    parts: parts2,
    ...util_exports.normalizeParams(params)
  });
}
var ZodLazy = /* @__PURE__ */ $constructor("ZodLazy", (inst, def) => {
  $ZodLazy.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => lazyProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.getter();
});
function lazy(getter) {
  return new ZodLazy({
    type: "lazy",
    getter
  });
}
var ZodPromise = /* @__PURE__ */ $constructor("ZodPromise", (inst, def) => {
  $ZodPromise.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => promiseProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function promise(innerType) {
  return new ZodPromise({
    type: "promise",
    innerType
  });
}
var ZodFunction = /* @__PURE__ */ $constructor("ZodFunction", (inst, def) => {
  $ZodFunction.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => functionProcessor(inst, ctx, json2, params);
});
function _function(params) {
  return new ZodFunction({
    type: "function",
    input: Array.isArray(params?.input) ? tuple(params?.input) : params?.input ?? array(unknown()),
    output: params?.output ?? unknown()
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => customProcessor(inst, ctx, json2, params);
});
function check(fn) {
  const ch = new $ZodCheck({
    check: "custom"
    // ...util.normalizeParams(params),
  });
  ch._zod.check = fn;
  return ch;
}
function custom(fn, _params) {
  return _custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}
var describe2 = describe;
var meta2 = meta;
var ZodInstanceOf = /* @__PURE__ */ $constructor("ZodInstanceOf", (inst, def) => {
  ZodCustom.init(inst, def);
}, {
  properties(shape, params) {
    return this.check(_properties(shape, params));
  }
});
function _instanceof(cls, params = {}) {
  const inst = new ZodInstanceOf({
    type: "custom",
    check: "custom",
    fn: (data) => data instanceof cls,
    abort: true,
    ...util_exports.normalizeParams(params)
  });
  inst._zod.bag.Class = cls;
  inst._zod.check = (payload) => {
    if (!(payload.value instanceof cls)) {
      payload.issues.push({
        code: "invalid_type",
        expected: cls.name,
        input: payload.value,
        inst,
        path: [...inst._zod.def.path ?? []]
      });
    }
  };
  return inst;
}
var stringbool = (...args2) => _stringbool({
  Codec: ZodCodec,
  Boolean: ZodBoolean,
  String: ZodString
}, ...args2);
function json(params) {
  const jsonSchema = lazy(() => {
    return union([string2(params), number2(), boolean2(), _null3(), array(jsonSchema), record(string2(), jsonSchema)]);
  });
  return jsonSchema;
}
function preprocess(fn, schema) {
  return new ZodPreprocess({
    type: "pipe",
    in: transform(fn),
    out: schema
  });
}

// node_modules/zod/v4/classic/compat.js
var ZodIssueCode = {
  invalid_type: "invalid_type",
  too_big: "too_big",
  too_small: "too_small",
  invalid_format: "invalid_format",
  not_multiple_of: "not_multiple_of",
  unrecognized_keys: "unrecognized_keys",
  invalid_union: "invalid_union",
  invalid_key: "invalid_key",
  invalid_element: "invalid_element",
  invalid_value: "invalid_value",
  custom: "custom"
};
function setErrorMap(map2) {
  config({
    customError: map2
  });
}
function getErrorMap() {
  return config().customError;
}
var ZodFirstPartyTypeKind;
/* @__PURE__ */ (function(ZodFirstPartyTypeKind2) {
})(ZodFirstPartyTypeKind || (ZodFirstPartyTypeKind = {}));

// node_modules/zod/v4/classic/iso.js
var iso_exports = {};
__export(iso_exports, {
  ZodISODate: () => ZodISODate,
  ZodISODateTime: () => ZodISODateTime,
  ZodISODuration: () => ZodISODuration,
  ZodISOTime: () => ZodISOTime,
  date: () => date3,
  datetime: () => datetime2,
  duration: () => duration2,
  time: () => time2
});
function datetime2(params) {
  return _isoDateTime(ZodISODateTime, params);
}
function date3(params) {
  return _isoDate(ZodISODate, params);
}
function time2(params) {
  return _isoTime(ZodISOTime, params);
}
function duration2(params) {
  return _isoDuration(ZodISODuration, params);
}

// node_modules/zod/v4/classic/from-json-schema.js
var z = {
  ...schemas_exports2,
  ...checks_exports2,
  iso: iso_exports
};
var RECOGNIZED_KEYS = /* @__PURE__ */ new Set([
  // Schema identification
  "$schema",
  "$ref",
  "$defs",
  "definitions",
  // Core schema keywords
  "$id",
  "id",
  "$comment",
  "$anchor",
  "$vocabulary",
  "$dynamicRef",
  "$dynamicAnchor",
  // Type
  "type",
  "enum",
  "const",
  // Composition
  "anyOf",
  "oneOf",
  "allOf",
  "not",
  // Object
  "properties",
  "required",
  "additionalProperties",
  "patternProperties",
  "propertyNames",
  "minProperties",
  "maxProperties",
  // Array
  "items",
  "prefixItems",
  "additionalItems",
  "minItems",
  "maxItems",
  "uniqueItems",
  "contains",
  "minContains",
  "maxContains",
  // String
  "minLength",
  "maxLength",
  "pattern",
  "format",
  // Number
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  // Already handled metadata
  "description",
  "default",
  // Content
  "contentEncoding",
  "contentMediaType",
  "contentSchema",
  // Unsupported (error-throwing)
  "unevaluatedItems",
  "unevaluatedProperties",
  "if",
  "then",
  "else",
  "dependentSchemas",
  "dependentRequired",
  // OpenAPI
  "nullable",
  "readOnly"
]);
function detectVersion(schema, defaultTarget) {
  const $schema = schema.$schema;
  if ($schema === "https://json-schema.org/draft/2020-12/schema") {
    return "draft-2020-12";
  }
  if ($schema === "http://json-schema.org/draft-07/schema#") {
    return "draft-7";
  }
  if ($schema === "http://json-schema.org/draft-04/schema#") {
    return "draft-4";
  }
  return defaultTarget ?? "draft-2020-12";
}
function applyMinItems(items, minItems) {
  return items.map((item, index) => index < minItems ? item : item.optional());
}
function decodeJSONPointerSegment(segment) {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
function resolveRef(ref, ctx) {
  if (!ref.startsWith("#")) {
    throw new Error("External $ref is not supported, only local refs (#/...) are allowed");
  }
  const path2 = ref.slice(1).split("/").filter(Boolean);
  if (path2.length === 0) {
    return ctx.rootSchema;
  }
  const defsKey = ctx.version === "draft-2020-12" ? "$defs" : "definitions";
  if (path2[0] === defsKey) {
    const key = path2[1] === void 0 ? void 0 : decodeJSONPointerSegment(path2[1]);
    if (!key || !ctx.defs[key]) {
      throw new Error(`Reference not found: ${ref}`);
    }
    return ctx.defs[key];
  }
  throw new Error(`Reference not found: ${ref}`);
}
function checkObjectGuards(objectSchema, guards) {
  const guard = z.transform((value) => value).check((payload) => {
    const value = payload.value;
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return;
    const keys = Object.getOwnPropertyNames(value);
    if (guards.minProperties !== void 0 && keys.length < guards.minProperties) {
      payload.issues.push({
        origin: "object",
        code: "too_small",
        minimum: guards.minProperties,
        inclusive: true,
        message: `Too small: expected object to have >=${guards.minProperties} properties`,
        input: value,
        inst: objectSchema,
        continue: true
      });
    }
    if (guards.maxProperties !== void 0 && keys.length > guards.maxProperties) {
      payload.issues.push({
        origin: "object",
        code: "too_big",
        maximum: guards.maxProperties,
        inclusive: true,
        message: `Too big: expected object to have <=${guards.maxProperties} properties`,
        input: value,
        inst: objectSchema,
        continue: true
      });
    }
    if (guards.keySchema) {
      for (const key of keys) {
        const result = guards.keySchema.safeParse(key);
        if (result.success)
          continue;
        payload.issues.push({
          code: "invalid_key",
          origin: "record",
          issues: result.error.issues,
          input: key,
          path: [key],
          continue: true
        });
      }
    }
  });
  return guard.pipe(objectSchema);
}
function canonicalKey(value, seen) {
  if (value === null)
    return "z";
  const type = typeof value;
  if (type !== "object") {
    if (type === "number" && Number.isNaN(value))
      return null;
    const raw = String(value);
    return `${type[0]}${raw.length}:${raw}`;
  }
  if (seen.has(value))
    return null;
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      const parts3 = [];
      for (const item of value) {
        const key = canonicalKey(item, seen);
        if (key === null)
          return null;
        parts3.push(key);
      }
      return `a${parts3.length}:[${parts3.join(",")}]`;
    }
    const keys = Object.keys(value).sort();
    const parts2 = [];
    for (const k of keys) {
      const key = canonicalKey(value[k], seen);
      if (key === null)
        return null;
      parts2.push(`${k.length}:${k}=${key}`);
    }
    return `o${parts2.length}:{${parts2.join(",")}}`;
  } finally {
    seen.delete(value);
  }
}
var SCHEMA_KEYWORDS = /* @__PURE__ */ new Set([
  "items",
  "prefixItems",
  "additionalItems",
  "additionalProperties",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
  "allOf",
  "anyOf",
  "oneOf",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contentSchema"
]);
var SCHEMA_MAP_KEYWORDS = /* @__PURE__ */ new Set([
  "properties",
  "patternProperties",
  "dependentSchemas",
  "dependencies",
  "$defs",
  "definitions"
]);
function containsRef(value) {
  if (typeof value !== "object" || value === null)
    return false;
  if (Array.isArray(value))
    return value.some(containsRef);
  if (typeof value.$ref === "string")
    return true;
  return Object.entries(value).some(([key, sub]) => {
    if (SCHEMA_KEYWORDS.has(key))
      return containsRef(sub);
    if (!SCHEMA_MAP_KEYWORDS.has(key) || typeof sub !== "object" || sub === null)
      return false;
    return Object.values(sub).some(containsRef);
  });
}
function plural(n) {
  return n === 1 ? "element" : "elements";
}
function checkArrayGuards(arraySchema, guards) {
  const guard = z.transform((value) => value).check((payload) => {
    const items = payload.value;
    if (!Array.isArray(items))
      return;
    if (guards.uniqueItems === true) {
      const firstSeen = /* @__PURE__ */ new Map();
      for (let i2 = 0; i2 < items.length; i2++) {
        const key = canonicalKey(items[i2], /* @__PURE__ */ new Set());
        if (key === null)
          continue;
        const first = firstSeen.get(key);
        if (first === void 0) {
          firstSeen.set(key, i2);
          continue;
        }
        payload.issues.push({
          code: "custom",
          message: `Array items must be unique: element at index ${i2} duplicates the one at index ${first}`,
          input: items,
          path: [i2],
          continue: true
        });
      }
    }
    if (guards.containsSchema) {
      const minContains = guards.minContains ?? 1;
      const ceiling = guards.maxContains !== void 0 ? guards.maxContains + 1 : Number.POSITIVE_INFINITY;
      let matches = 0;
      for (const item of items) {
        if (guards.containsSchema.safeParse(item).success && ++matches >= ceiling)
          break;
      }
      if (matches < minContains) {
        payload.issues.push({
          code: "custom",
          message: `Array must contain at least ${minContains} matching ${plural(minContains)}; found ${matches}`,
          input: items,
          continue: true
        });
      }
      if (guards.maxContains !== void 0 && matches > guards.maxContains) {
        payload.issues.push({
          code: "custom",
          message: `Array must contain at most ${guards.maxContains} matching ${plural(guards.maxContains)}`,
          input: items,
          continue: true
        });
      }
    }
  });
  return guard.pipe(arraySchema);
}
function getTupleRest(restSchema, ctx) {
  if (restSchema === false) {
    return void 0;
  }
  if (restSchema === void 0 || restSchema === true) {
    return z.any();
  }
  return convertSchema(restSchema, ctx);
}
var fullTime = /^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
function convertBaseSchema(schema, ctx) {
  if (schema.not !== void 0) {
    if (typeof schema.not === "object" && Object.keys(schema.not).length === 0) {
      return z.never();
    }
    throw new Error("not is not supported in Zod (except { not: {} } for never)");
  }
  if (schema.unevaluatedItems !== void 0) {
    throw new Error("unevaluatedItems is not supported");
  }
  if (schema.unevaluatedProperties !== void 0) {
    throw new Error("unevaluatedProperties is not supported");
  }
  if (schema.if !== void 0 || schema.then !== void 0 || schema.else !== void 0) {
    throw new Error("Conditional schemas (if/then/else) are not supported");
  }
  if (schema.dependentSchemas !== void 0 || schema.dependentRequired !== void 0) {
    throw new Error("dependentSchemas and dependentRequired are not supported");
  }
  if (schema.$ref) {
    const refPath = schema.$ref;
    if (ctx.refs.has(refPath)) {
      return ctx.refs.get(refPath);
    }
    if (ctx.processing.has(refPath)) {
      return z.lazy(() => {
        if (!ctx.refs.has(refPath)) {
          throw new Error(`Circular reference not resolved: ${refPath}`);
        }
        return ctx.refs.get(refPath);
      });
    }
    ctx.processing.add(refPath);
    const resolved = resolveRef(refPath, ctx);
    const zodSchema2 = convertSchema(resolved, ctx);
    ctx.refs.set(refPath, zodSchema2);
    ctx.processing.delete(refPath);
    return zodSchema2;
  }
  if (schema.enum !== void 0) {
    const enumValues = schema.enum;
    if (ctx.version === "openapi-3.0" && schema.nullable === true && enumValues.length === 1 && enumValues[0] === null) {
      return z.null();
    }
    if (enumValues.length === 0) {
      return z.never();
    }
    if (enumValues.length === 1) {
      return z.literal(enumValues[0]);
    }
    if (enumValues.every((v) => typeof v === "string")) {
      return z.enum(enumValues);
    }
    const literalSchemas = enumValues.map((v) => z.literal(v));
    if (literalSchemas.length < 2) {
      return literalSchemas[0];
    }
    return z.union([literalSchemas[0], literalSchemas[1], ...literalSchemas.slice(2)]);
  }
  if (schema.const !== void 0) {
    return z.literal(schema.const);
  }
  const type = schema.type;
  if (Array.isArray(type)) {
    const typeSchemas = type.map((t) => {
      const typeSchema = { ...schema, type: t };
      return convertBaseSchema(typeSchema, ctx);
    });
    if (typeSchemas.length === 0) {
      return z.never();
    }
    if (typeSchemas.length === 1) {
      return typeSchemas[0];
    }
    return z.union(typeSchemas);
  }
  if (!type) {
    return z.any();
  }
  let zodSchema;
  switch (type) {
    case "string": {
      let stringSchema = z.string();
      if (schema.format) {
        const format = schema.format;
        if (format === "email") {
          stringSchema = stringSchema.check(z.email());
        } else if (format === "uri" || format === "uri-reference") {
          stringSchema = stringSchema.check(z.url());
        } else if (format === "uuid" || format === "guid") {
          stringSchema = stringSchema.check(z.uuid());
        } else if (format === "date-time") {
          stringSchema = stringSchema.check(z.iso.datetime({ offset: true }));
        } else if (format === "date") {
          stringSchema = stringSchema.check(z.iso.date());
        } else if (format === "time") {
          stringSchema = stringSchema.check(z.regex(fullTime));
        } else if (format === "duration") {
          stringSchema = stringSchema.check(z.iso.duration());
        } else if (format === "hostname") {
          stringSchema = stringSchema.check(z.hostname());
        } else if (format === "ipv4") {
          stringSchema = stringSchema.check(z.ipv4());
        } else if (format === "ipv6") {
          stringSchema = stringSchema.check(z.ipv6());
        } else if (format === "mac") {
          stringSchema = stringSchema.check(z.mac());
        } else if (format === "cidr") {
          stringSchema = stringSchema.check(z.cidrv4());
        } else if (format === "cidr-v6") {
          stringSchema = stringSchema.check(z.cidrv6());
        } else if (format === "base64") {
          stringSchema = stringSchema.check(z.base64());
        } else if (format === "base64url") {
          stringSchema = stringSchema.check(z.base64url());
        } else if (format === "e164") {
          stringSchema = stringSchema.check(z.e164());
        } else if (format === "credit_card") {
          stringSchema = stringSchema.check(z.creditCard());
        } else if (format === "iban") {
          stringSchema = stringSchema.check(z.iban());
        } else if (format === "jwt") {
          stringSchema = stringSchema.check(z.jwt());
        } else if (format === "emoji") {
          stringSchema = stringSchema.check(z.emoji());
        } else if (format === "nanoid") {
          stringSchema = stringSchema.check(z.nanoid());
        } else if (format === "cuid") {
          stringSchema = stringSchema.check(z.cuid());
        } else if (format === "cuid2") {
          stringSchema = stringSchema.check(z.cuid2());
        } else if (format === "ulid") {
          stringSchema = stringSchema.check(z.ulid());
        } else if (format === "xid") {
          stringSchema = stringSchema.check(z.xid());
        } else if (format === "ksuid") {
          stringSchema = stringSchema.check(z.ksuid());
        }
      }
      if (typeof schema.minLength === "number") {
        stringSchema = stringSchema.min(schema.minLength);
      }
      if (typeof schema.maxLength === "number") {
        stringSchema = stringSchema.max(schema.maxLength);
      }
      if (schema.pattern) {
        stringSchema = stringSchema.regex(new RegExp(schema.pattern));
      }
      zodSchema = stringSchema;
      break;
    }
    case "number":
    case "integer": {
      let numberSchema = type === "integer" ? z.number().int() : z.number();
      if (typeof schema.minimum === "number" && schema.exclusiveMinimum !== true) {
        numberSchema = numberSchema.min(schema.minimum);
      }
      if (typeof schema.maximum === "number" && schema.exclusiveMaximum !== true) {
        numberSchema = numberSchema.max(schema.maximum);
      }
      if (typeof schema.exclusiveMinimum === "number") {
        numberSchema = numberSchema.gt(schema.exclusiveMinimum);
      } else if (schema.exclusiveMinimum === true && typeof schema.minimum === "number") {
        numberSchema = numberSchema.gt(schema.minimum);
      }
      if (typeof schema.exclusiveMaximum === "number") {
        numberSchema = numberSchema.lt(schema.exclusiveMaximum);
      } else if (schema.exclusiveMaximum === true && typeof schema.maximum === "number") {
        numberSchema = numberSchema.lt(schema.maximum);
      }
      if (typeof schema.multipleOf === "number") {
        numberSchema = numberSchema.multipleOf(schema.multipleOf);
      }
      zodSchema = numberSchema;
      break;
    }
    case "boolean": {
      zodSchema = z.boolean();
      break;
    }
    case "null": {
      zodSchema = z.null();
      break;
    }
    case "object": {
      const shape = {};
      const properties = schema.properties || {};
      const requiredSet = new Set(schema.required || []);
      const additionalSchema = typeof schema.additionalProperties === "object" ? convertSchema(schema.additionalProperties, ctx) : void 0;
      for (const [key, propSchema] of Object.entries(properties)) {
        const propZodSchema = convertSchema(propSchema, ctx);
        assignProp(shape, key, requiredSet.has(key) ? propZodSchema : propZodSchema.optional());
      }
      if (schema.patternProperties) {
        const patternProps = schema.patternProperties;
        const patternKeys = Object.keys(patternProps);
        const looseRecords = [];
        for (const pattern of patternKeys) {
          const patternValue = convertSchema(patternProps[pattern], ctx);
          const keySchema = z.string().regex(new RegExp(pattern));
          looseRecords.push(z.looseRecord(keySchema, patternValue));
        }
        const schemasToIntersect = [];
        if (Object.keys(shape).length > 0) {
          schemasToIntersect.push(z.object(shape).passthrough());
        }
        schemasToIntersect.push(...looseRecords);
        if (schemasToIntersect.length === 0) {
          zodSchema = z.object({}).passthrough();
        } else if (schemasToIntersect.length === 1) {
          zodSchema = schemasToIntersect[0];
        } else {
          let result = z.intersection(schemasToIntersect[0], schemasToIntersect[1]);
          for (let i2 = 2; i2 < schemasToIntersect.length; i2++) {
            result = z.intersection(result, schemasToIntersect[i2]);
          }
          zodSchema = result;
        }
        if (schema.additionalProperties === false) {
          const propertyKeys = Object.keys(shape);
          const patterns = patternKeys.map((p) => new RegExp(p));
          const basePatternSchema = zodSchema;
          zodSchema = zodSchema.check((payload) => {
            if (!isPlainObject(payload.value))
              return;
            const unrecognized = [];
            for (const key of Object.keys(payload.value)) {
              if (propertyKeys.includes(key))
                continue;
              if (patterns.some((regex) => regex.test(key)))
                continue;
              unrecognized.push(key);
            }
            if (unrecognized.length) {
              payload.issues.push({
                code: "unrecognized_keys",
                keys: unrecognized,
                input: payload.value,
                inst: basePatternSchema
              });
            }
          });
        }
      } else {
        const objectSchema = z.object(shape);
        if (schema.additionalProperties === false) {
          zodSchema = objectSchema.strict();
        } else if (additionalSchema) {
          zodSchema = objectSchema.catchall(additionalSchema);
        } else {
          zodSchema = objectSchema.passthrough();
        }
      }
      const hasKeyGuard = schema.propertyNames !== void 0 && schema.propertyNames !== true;
      const minProperties = typeof schema.minProperties === "number" ? schema.minProperties : void 0;
      const maxProperties = typeof schema.maxProperties === "number" ? schema.maxProperties : void 0;
      if (hasKeyGuard || minProperties !== void 0 || maxProperties !== void 0) {
        let keySchema;
        if (hasKeyGuard) {
          const keyJSONSchema = typeof schema.propertyNames === "object" && schema.propertyNames.type === void 0 ? { type: "string", ...schema.propertyNames } : schema.propertyNames;
          keySchema = convertSchema(keyJSONSchema, ctx);
        }
        zodSchema = checkObjectGuards(zodSchema, { keySchema, minProperties, maxProperties });
      }
      break;
    }
    case "array": {
      const prefixItems = schema.prefixItems;
      const items = schema.items;
      if (prefixItems && Array.isArray(prefixItems)) {
        const minItems = typeof schema.minItems === "number" ? schema.minItems : 0;
        const tupleItems = prefixItems.map((item) => convertSchema(item, ctx));
        const positionalItems = applyMinItems(tupleItems, minItems);
        const rest = !Array.isArray(items) ? getTupleRest(items, ctx) : void 0;
        const tupleSchema = z.tuple(positionalItems);
        zodSchema = rest ? tupleSchema.rest(rest) : tupleSchema;
        if (typeof schema.minItems === "number") {
          zodSchema = zodSchema.check(z.minLength(schema.minItems));
        }
        if (typeof schema.maxItems === "number") {
          zodSchema = zodSchema.check(z.maxLength(schema.maxItems));
        }
      } else if (Array.isArray(items)) {
        const minItems = typeof schema.minItems === "number" ? schema.minItems : 0;
        const tupleItems = items.map((item) => convertSchema(item, ctx));
        const positionalItems = applyMinItems(tupleItems, minItems);
        const rest = getTupleRest(schema.additionalItems, ctx);
        const tupleSchema = z.tuple(positionalItems);
        zodSchema = rest ? tupleSchema.rest(rest) : tupleSchema;
        if (typeof schema.minItems === "number") {
          zodSchema = zodSchema.check(z.minLength(schema.minItems));
        }
        if (typeof schema.maxItems === "number") {
          zodSchema = zodSchema.check(z.maxLength(schema.maxItems));
        }
      } else if (items !== void 0) {
        const element = convertSchema(items, ctx);
        let arraySchema = z.array(element);
        if (typeof schema.minItems === "number") {
          arraySchema = arraySchema.min(schema.minItems);
        }
        if (typeof schema.maxItems === "number") {
          arraySchema = arraySchema.max(schema.maxItems);
        }
        zodSchema = arraySchema;
      } else {
        zodSchema = z.array(z.any());
      }
      if (schema.uniqueItems === true || schema.contains !== void 0) {
        zodSchema = checkArrayGuards(zodSchema, {
          uniqueItems: schema.uniqueItems === true,
          containsSchema: schema.contains !== void 0 ? convertSchema(schema.contains, ctx) : void 0,
          minContains: typeof schema.minContains === "number" ? schema.minContains : void 0,
          maxContains: typeof schema.maxContains === "number" ? schema.maxContains : void 0
        });
      }
      break;
    }
    default:
      throw new Error(`Unsupported type: ${type}`);
  }
  return zodSchema;
}
function convertSchema(schema, ctx) {
  if (typeof schema === "boolean") {
    return schema ? z.any() : z.never();
  }
  let baseSchema = convertBaseSchema(schema, ctx);
  const hasExplicitType = schema.type || schema.enum !== void 0 || schema.const !== void 0;
  if (schema.anyOf && Array.isArray(schema.anyOf)) {
    const options = schema.anyOf.map((s) => convertSchema(s, ctx));
    const anyOfUnion = z.union(options);
    baseSchema = hasExplicitType ? z.intersection(baseSchema, anyOfUnion) : anyOfUnion;
  }
  if (schema.oneOf && Array.isArray(schema.oneOf)) {
    const options = schema.oneOf.map((s) => convertSchema(s, ctx));
    const oneOfUnion = z.xor(options);
    baseSchema = hasExplicitType ? z.intersection(baseSchema, oneOfUnion) : oneOfUnion;
  }
  if (schema.allOf && Array.isArray(schema.allOf)) {
    if (schema.allOf.length === 0) {
      baseSchema = hasExplicitType ? baseSchema : z.any();
    } else {
      let result = hasExplicitType ? baseSchema : convertSchema(schema.allOf[0], ctx);
      const startIdx = hasExplicitType ? 0 : 1;
      for (let i2 = startIdx; i2 < schema.allOf.length; i2++) {
        result = z.intersection(result, convertSchema(schema.allOf[i2], ctx));
      }
      baseSchema = result;
    }
  }
  if (schema.nullable === true && ctx.version === "openapi-3.0") {
    baseSchema = z.nullable(baseSchema);
  }
  if (schema.readOnly === true) {
    baseSchema = z.readonly(baseSchema);
  }
  if (schema.default !== void 0) {
    baseSchema = baseSchema.default(schema.default);
  }
  const extraMeta = {};
  const coreMetadataKeys = ["$id", "id", "$comment", "$anchor", "$vocabulary", "$dynamicRef", "$dynamicAnchor"];
  for (const key of coreMetadataKeys) {
    if (key in schema) {
      extraMeta[key] = schema[key];
    }
  }
  const contentMetadataKeys = ["contentEncoding", "contentMediaType", "contentSchema"];
  for (const key of contentMetadataKeys) {
    if (key in schema) {
      extraMeta[key] = schema[key];
    }
  }
  if (schema.type === "object" && schema.$ref === void 0) {
    if (schema.propertyNames !== void 0 && !containsRef(schema.propertyNames)) {
      extraMeta.propertyNames = schema.propertyNames;
    }
    for (const key of ["minProperties", "maxProperties"]) {
      if (schema[key] !== void 0)
        extraMeta[key] = schema[key];
    }
  }
  if (schema.type === "array" && schema.$ref === void 0) {
    if (schema.contains !== void 0 && !containsRef(schema.contains)) {
      extraMeta.contains = schema.contains;
    }
    for (const key of ["uniqueItems", "minContains", "maxContains"]) {
      if (schema[key] !== void 0)
        extraMeta[key] = schema[key];
    }
  }
  for (const key of Object.keys(schema)) {
    if (!RECOGNIZED_KEYS.has(key)) {
      assignProp(extraMeta, key, schema[key]);
    }
  }
  if (Object.keys(extraMeta).length > 0) {
    ctx.registry.add(baseSchema, extraMeta);
  }
  if (schema.description) {
    baseSchema = baseSchema.describe(schema.description);
  }
  return baseSchema;
}
function fromJSONSchema(schema, params) {
  if (typeof schema === "boolean") {
    return schema ? z.any() : z.never();
  }
  let normalized;
  try {
    normalized = JSON.parse(JSON.stringify(schema));
  } catch {
    throw new Error("fromJSONSchema input is not valid JSON (possibly cyclic); use $defs/$ref for recursive schemas");
  }
  const version2 = detectVersion(normalized, params?.defaultTarget);
  const defs = normalized.$defs || normalized.definitions || {};
  const ctx = {
    version: version2,
    defs,
    refs: /* @__PURE__ */ new Map(),
    processing: /* @__PURE__ */ new Set(),
    rootSchema: normalized,
    registry: params?.registry ?? globalRegistry
  };
  return convertSchema(normalized, ctx);
}

// node_modules/zod/v4/core/visit.js
var RESOLVING = /* @__PURE__ */ Symbol("z.visit/resolving");
function visit(schema, fnOrHandlers) {
  const fn = typeof fnOrHandlers === "function" ? fnOrHandlers : (node2, rewritten) => {
    const h = fnOrHandlers[node2._zod.def.type];
    return h ? h(node2, rewritten) : node2;
  };
  const cache = /* @__PURE__ */ new Map();
  function run2(s) {
    const cached2 = cache.get(s);
    if (cached2 === RESOLVING) {
      return new $ZodLazy({
        type: "lazy",
        getter: () => cache.get(s)
      });
    }
    if (cached2 !== void 0)
      return cached2;
    cache.set(s, RESOLVING);
    const inner = mapInner(s);
    const mapped = fn(inner, inner !== s);
    cache.set(s, mapped);
    return mapped;
  }
  function mapInner(s) {
    const def = s._zod.def;
    const kind = def.type;
    switch (kind) {
      case "object": {
        const oldShape = def.shape;
        const keys = Object.keys(oldShape);
        let changed = false;
        const newShape = {};
        for (const k of keys) {
          const mapped = run2(oldShape[k]);
          if (mapped !== oldShape[k])
            changed = true;
          newShape[k] = mapped;
        }
        let newCatchall = def.catchall;
        if (def.catchall) {
          newCatchall = run2(def.catchall);
          if (newCatchall !== def.catchall)
            changed = true;
        }
        return changed ? clone(s, { ...def, shape: newShape, catchall: newCatchall }) : s;
      }
      case "array": {
        const mapped = run2(def.element);
        return mapped === def.element ? s : clone(s, { ...def, element: mapped });
      }
      case "tuple": {
        const oldItems = def.items;
        let changed = false;
        const newItems = [];
        for (const item of oldItems) {
          const mapped = run2(item);
          if (mapped !== item)
            changed = true;
          newItems.push(mapped);
        }
        let newRest = def.rest;
        if (def.rest) {
          newRest = run2(def.rest);
          if (newRest !== def.rest)
            changed = true;
        }
        return changed ? clone(s, { ...def, items: newItems, rest: newRest }) : s;
      }
      case "record":
      case "map": {
        const newKey = run2(def.keyType);
        const newVal = run2(def.valueType);
        return newKey === def.keyType && newVal === def.valueType ? s : clone(s, { ...def, keyType: newKey, valueType: newVal });
      }
      case "set": {
        const newVal = run2(def.valueType);
        return newVal === def.valueType ? s : clone(s, { ...def, valueType: newVal });
      }
      case "union": {
        const oldOptions = def.options;
        let changed = false;
        const newOptions = [];
        for (const opt of oldOptions) {
          const mapped = run2(opt);
          if (mapped !== opt)
            changed = true;
          newOptions.push(mapped);
        }
        return changed ? clone(s, { ...def, options: newOptions }) : s;
      }
      case "intersection": {
        const newLeft = run2(def.left);
        const newRight = run2(def.right);
        return newLeft === def.left && newRight === def.right ? s : clone(s, { ...def, left: newLeft, right: newRight });
      }
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "catch":
      case "readonly":
      case "nonoptional":
      case "promise":
      case "success": {
        const newInner = run2(def.innerType);
        return newInner === def.innerType ? s : clone(s, { ...def, innerType: newInner });
      }
      case "pipe": {
        const newIn = run2(def.in);
        const newOut = run2(def.out);
        return newIn === def.in && newOut === def.out ? s : clone(s, { ...def, in: newIn, out: newOut });
      }
      case "function": {
        const newInput = run2(def.input);
        const newOutput = run2(def.output);
        return newInput === def.input && newOutput === def.output ? s : clone(s, { ...def, input: newInput, output: newOutput });
      }
      case "lazy": {
        const original = def.getter;
        const { _cachedInner, ...rest } = def;
        return clone(s, { ...rest, getter: () => run2(original()) });
      }
      // A leaf by choice: `parts` are regex fragments, not data positions.
      case "template_literal":
      // Leaves.
      case "string":
      case "number":
      case "int":
      case "boolean":
      case "bigint":
      case "symbol":
      case "undefined":
      case "null":
      case "void":
      case "never":
      case "any":
      case "unknown":
      case "date":
      case "nan":
      case "enum":
      case "literal":
      case "file":
      case "transform":
      case "custom":
        return s;
      default: {
        kind;
        return s;
      }
    }
  }
  return run2(schema);
}

// node_modules/zod/v4/classic/deep-partial.js
function deepPartial(schema) {
  return visit(schema, {
    object: (s) => s.partial(),
    // Every partialed option now admits `undefined`, which the constructor rejects as a duplicate.
    union: (s) => {
      const def = s._zod.def;
      return def.discriminator === void 0 ? s : union(def.options);
    }
  });
}

// node_modules/zod/v4/classic/in-out.js
function withChecks(side, checks) {
  if (!checks?.length)
    return side;
  const def = side._zod.def;
  return clone(side, mergeDefs(def, { checks: [...def.checks ?? [], ...checks] }), { parent: true });
}
function outSide(def) {
  return withChecks(def.out, def.checks);
}
function inSide(def) {
  return def.in._zod.traits.has("$ZodTransform") ? outSide(def) : def.in;
}
function input(schema) {
  return visit(schema, {
    pipe: (s) => inSide(s._zod.def),
    // A default value belongs to the output side, so a rewritten inner type leaves it stranded. `.default()` widens the declared input type with `undefined`, and `optional` is what carries that across.
    default: (s, rewritten) => rewritten ? optional(s._zod.def.innerType) : s,
    // A catch value is output-side too, but `.catch()` leaves the declared input type alone, so the inner schema stands on its own.
    catch: (s, rewritten) => rewritten ? s._zod.def.innerType : s
  });
}
function output(schema) {
  return visit(schema, {
    pipe: (s) => outSide(s._zod.def),
    // A prefault value is fed through the schema, which makes it input-side, so a rewritten inner type leaves it stranded.
    prefault: (s, rewritten) => rewritten ? s._zod.def.innerType : s
  });
}

// node_modules/zod/v4/classic/coerce.js
var coerce_exports = {};
__export(coerce_exports, {
  bigint: () => bigint3,
  boolean: () => boolean3,
  date: () => date4,
  number: () => number3,
  string: () => string3
});
function string3(params) {
  return _coercedString(ZodString, params);
}
function number3(params) {
  return _coercedNumber(ZodNumber, params);
}
function boolean3(params) {
  return _coercedBoolean(ZodBoolean, params);
}
function bigint3(params) {
  return _coercedBigint(ZodBigInt, params);
}
function date4(params) {
  return _coercedDate(ZodDate, params);
}

// core/kernel/zod.ts
external_exports.config({ jitless: true });

// core/kernel/findings.ts
var severitySchema = external_exports.enum(["error", "warning", "note"]);
var rangeSchema = external_exports.object({
  line: external_exports.number().int().min(1),
  column: external_exports.number().int().min(1),
  endLine: external_exports.number().int().min(1),
  endColumn: external_exports.number().int().min(1)
});
var textEditSchema = rangeSchema.extend({ newText: external_exports.string() });
var fixSchema = external_exports.object({
  title: external_exports.string(),
  edits: external_exports.array(textEditSchema.extend({ file: external_exports.string().optional() }))
});
var helpSchema = external_exports.object({ text: external_exports.string(), uri: external_exports.string() });
var findingSchema = rangeSchema.extend({
  rule: external_exports.string(),
  severity: severitySchema,
  message: external_exports.string(),
  /** Repository-relative, forward slashes. */
  file: external_exports.string(),
  help: helpSchema.optional(),
  category: external_exports.string().optional(),
  fix: external_exports.array(fixSchema).optional(),
  /** Free-form data hosts may use (e.g. the scan's module name); carried into SARIF properties. */
  properties: external_exports.record(external_exports.string(), external_exports.unknown()).optional()
});
var failOnSchema = external_exports.enum(["error", "warning", "never"]);
var WHOLE_FILE = { line: 1, column: 1, endLine: 1, endColumn: 1 };

// core/kernel/limits.ts
var DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

// core/kernel/rule.ts
var DOCS_BASE = "https://github.com/flowgate-dev/flowgate/blob/main/docs/rules.md";
var registry2 = /* @__PURE__ */ new Map();
function anchorOf(id) {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
function defineRule(def) {
  if (registry2.has(def.id)) throw new Error(`duplicate rule id ${def.id}`);
  const helpUri = `${DOCS_BASE}#${anchorOf(def.id)}`;
  const rule = {
    ...def,
    helpUri,
    at(file2, range, ...args2) {
      return {
        rule: def.id,
        severity: def.severity,
        message: def.message(...args2),
        file: file2,
        ...range,
        help: { text: def.help, uri: helpUri },
        category: def.category
      };
    }
  };
  registry2.set(def.id, rule);
  return rule;
}
function withFix(finding, ...fixes) {
  return { ...finding, fix: [...finding.fix ?? [], ...fixes] };
}

// core/kernel/source/lines.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    if (!text.includes("\r")) {
      for (let i2 = text.indexOf("\n"); i2 >= 0; i2 = text.indexOf("\n", i2 + 1)) this.starts.push(i2 + 1);
      return;
    }
    for (let i2 = 0; i2 < text.length; i2++) {
      const c = text.charCodeAt(i2);
      if (c === 10) this.starts.push(i2 + 1);
      else if (c === 13 && text.charCodeAt(i2 + 1) !== 10) this.starts.push(i2 + 1);
    }
  }
  text;
  starts = [0];
  get lineCount() {
    return this.starts.length;
  }
  position(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1 };
  }
  offset(line, column) {
    const start2 = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
    return Math.min(start2 + column - 1, this.text.length);
  }
  range(start2, end) {
    const a = this.position(start2);
    const b = this.position(Math.max(start2, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  /** The text of a 1-based line without its terminator. */
  lineText(line) {
    const start2 = this.starts[line - 1];
    if (start2 === void 0) return "";
    const next = this.starts[line] ?? this.text.length;
    return this.text.slice(start2, next).replace(/\r?\n$|\r$/, "");
  }
};

// core/scan/analysis.ts
var import_tree_sitter_wasm2 = __toESM(require_tree_sitter());
var commentText = ({ startIndex, endIndex, text }) => ({ startIndex, endIndex, text });
var QueryTimeout = class extends Error {
  name = "QueryTimeout";
};
function collectCaptures(queries, root, timeLimitMs) {
  const out2 = { scopes: new ScopeIndex(root.id), comments: [], imports: [], callees: [], definitions: [], locals: [], args: [] };
  let pendingName;
  const started = performance.now();
  const run2 = (query) => {
    const found = query.captures(root, { timeoutMicros: Math.max(1, Math.round((timeLimitMs - (performance.now() - started)) * 1e3)) });
    if (performance.now() - started >= timeLimitMs) throw new QueryTimeout(`searching the syntax tree took over ${timeLimitMs} ms`);
    return found;
  };
  const captures = run2(queries.main);
  if (queries.comments) for (const { node: node2 } of run2(queries.comments)) out2.comments.push(node2);
  for (const { name: name2, node: node2 } of captures) {
    switch (name2) {
      case "scope":
        out2.scopes.add(node2);
        break;
      case "scope.class":
        out2.scopes.add(node2, true);
        break;
      case "import":
        out2.imports.push(node2);
        break;
      case "callee":
        out2.callees.push([node2, "call"]);
        break;
      case "arg":
        out2.args.push(node2);
        break;
      case "new":
        out2.callees.push([node2, "new"]);
        break;
      case "def.name":
        pendingName = node2;
        break;
      case "def.value":
        if (pendingName) out2.definitions.push([pendingName, node2]);
        pendingName = void 0;
        break;
      case "field": {
        const name3 = node2.childForFieldName("name") ?? node2.childForFieldName("property");
        const value = node2.childForFieldName("value");
        if ((name3?.type === "property_identifier" || name3?.type === "private_property_identifier") && value) out2.definitions.push([name3, value]);
        break;
      }
      case "unpack":
        for (const pair of unpacked(node2)) out2.definitions.push(pair);
        break;
      case "local":
        out2.locals.push([node2, false]);
        break;
      case "outer":
        out2.locals.push([node2, true]);
        break;
    }
  }
  out2.scopes.seal();
  return out2;
}
var UNPACKED_TARGETS = /* @__PURE__ */ new Set(["identifier", "attribute", "subscript"]);
function unpacked(right) {
  const elements = (side) => side?.namedChildren.filter((child) => child !== null && child.type !== "comment") ?? [];
  const statement = right.parent;
  const values = elements(right);
  if (statement.type === "for_statement") {
    const target = statement.childForFieldName("left");
    return target ? values.filter((value) => value.type !== "list_splat").map((value) => [target, value]) : [];
  }
  const targets = elements(statement.childForFieldName("left"));
  if (targets.length !== values.length || targets.some((t) => t.type === "list_splat_pattern") || values.some((v) => v.type === "list_splat")) return [];
  return targets.flatMap((target, i2) => UNPACKED_TARGETS.has(target.type) ? [[target, values[i2]]] : []);
}
var compiled = /* @__PURE__ */ new Map();
var COMMENTS = "(comment) @comment";
function compiledQuery(language, text) {
  let byLanguage = compiled.get(language);
  if (!byLanguage) compiled.set(language, byLanguage = /* @__PURE__ */ new Map());
  let query = byLanguage.get(text);
  if (!query) byLanguage.set(text, query = new import_tree_sitter_wasm2.Query(language, text));
  return query;
}
function queryOf(language, source, comments) {
  return { main: compiledQuery(language, source), comments: comments ? compiledQuery(language, COMMENTS) : void 0 };
}

// core/scan/detach.ts
function detached(s) {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
var hop = (h) => ({ ...h, text: detached(h.text) });
function path(p) {
  return {
    ...p,
    module: detached(p.module),
    members: p.members.map(detached),
    ...p.via ? { via: p.via.map((v) => v.placed ? { ...v, placed: hop(v.placed) } : v) } : {}
  };
}
function link(l) {
  return {
    ...l,
    specifier: detached(l.specifier),
    names: l.names.map(([imported, local]) => [detached(imported), detached(local)]),
    ...l.namespace !== void 0 ? { namespace: detached(l.namespace) } : {},
    ...l.hop ? { hop: hop(l.hop) } : {}
  };
}
function detachedSymbols(symbols) {
  return { exports: Object.fromEntries(Object.entries(symbols.exports).map(([name2, p]) => [name2, path(p)])), links: symbols.links.map(link) };
}

// core/scan/literal.ts
var Literal = class {
  constructor(word) {
    this.word = word;
    let offset = 0;
    for (let i2 = 1; i2 <= word.length - 2; i2++) if (commonness(word[i2]) < commonness(word[offset])) offset = i2;
    this.offset = offset;
    this.part = word.slice(offset, offset + MAX_PART);
  }
  word;
  /** Where the part looked for starts in the literal, and the part. */
  offset;
  part;
  /** text.indexOf(this.word, from), for a from ≥ 0. */
  indexIn(text, from = 0) {
    for (let q = text.indexOf(this.part, from + this.offset); q >= 0; q = text.indexOf(this.part, q + 1)) if (text.startsWith(this.word, q - this.offset)) return q - this.offset;
    return -1;
  }
  in(text) {
    return this.indexIn(text) >= 0;
  }
};
var MAX_PART = 6;
var BY_COMMONNESS = ` etrsaoni
lcdup.hmgf	*(),y/_=b;v{}'w:k"`;
var commonness = (char) => {
  const rank = BY_COMMONNESS.indexOf(char);
  return rank < 0 ? -1 : BY_COMMONNESS.length - rank;
};

// core/scan/links.ts
var MAX_SPECIFIER = 500;
var LOOKBACK = 4e3;
var PY_IMPORT = /(?<=^[ \t]*)import[ \t]+([^\n#;\\()]+)/my;
var PY_FROM = /(?<=^[ \t]*)from[ \t]+(\.+[\w.]*|[A-Za-z_][\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]*)/my;
var IMPORT = new Literal("import");
var FROM = new Literal("from");
var IDENT2 = /^[\w$]+$/;
var EXPORT_STAR = /(?:^|[^\w$])__exportStar\s*$/;
var NAMESPACE_HELPER_NAME = String.raw`(?:[\w$]+\s*\.\s*)?(?:__importStar|_interopRequireWildcard)`;
var NAMESPACE_HELPER = new RegExp(String.raw`(?<![\w$])${NAMESPACE_HELPER_NAME}\s*$`);
var EXPORTS_ARGUMENT = /^\s*\)\s*,\s*exports\s*\)/;
var LinkReader = class {
  constructor(aliases = []) {
    this.aliases = aliases;
    this.starts = ["./", ...aliases.filter((a) => !a.startsWith("./") && !a.startsWith("../"))];
  }
  aliases;
  /** What a project specifier starts with after its quote: `./`, `../` (found as `./`), and the aliases. */
  starts;
  read(path2, text, place) {
    if (path2.endsWith(".py")) return text.includes("import") ? pythonLinks(text, place) : [];
    return this.javascriptLinks(text, place);
  }
  javascriptLinks(text, place) {
    const found = [];
    for (const start2 of this.starts) {
      for (let i2 = text.indexOf(start2); i2 >= 0; i2 = text.indexOf(start2, i2 + start2.length)) {
        const quote = start2 === "./" && text[i2 - 1] === "." ? i2 - 2 : i2 - 1;
        const q = text[quote];
        if (q !== '"' && q !== "'") continue;
        const end = text.indexOf(q, i2);
        if (end < 0 || end - i2 > MAX_SPECIFIER || text.slice(i2, end).includes("\n")) continue;
        found.push([quote, end]);
      }
    }
    if (this.starts.length > 1) found.sort((a, b) => a[0] - b[0]);
    const out2 = [];
    for (const [quote, end] of found) {
      const link2 = statementOf(text, quote, text.slice(quote + 1, end));
      if (!link2) continue;
      if (link2.reexport) link2.hop = place(link2.start, end + 1);
      out2.push({ specifier: link2.specifier, names: link2.names, reexport: link2.reexport, ...link2.namespace ? { namespace: link2.namespace } : {}, ...link2.inline ? { inline: true } : {}, ...link2.hop ? { hop: link2.hop } : {} });
    }
    return out2;
  }
};
function skipSpaceBack(text, at) {
  let i2 = at - 1;
  for (; ; ) {
    while (i2 >= 0 && /\s/.test(text[i2])) i2--;
    const open2 = text[i2] === "/" && text[i2 - 1] === "*" ? text.lastIndexOf("/*", i2 - 2) : -1;
    if (open2 < 0) return i2;
    i2 = open2 - 1;
  }
}
function wordEndsAt(text, end, word) {
  const start2 = end - word.length + 1;
  return start2 >= 0 && text.startsWith(word, start2) && !/[\w$.]/.test(text[start2 - 1] ?? " ");
}
function statementOf(text, at, specifier) {
  const before = skipSpaceBack(text, at);
  if (wordEndsAt(text, before, "from")) {
    const fromAt = before - 3;
    const window2 = Math.max(0, fromAt - LOOKBACK);
    const start2 = Math.max(lastWord(text, "import", fromAt, window2), lastWord(text, "export", fromAt, window2));
    if (start2 < 0) return void 0;
    const clause = text.slice(start2 + 6, fromAt);
    if (/[;'"`]/.test(clause)) return void 0;
    return text.startsWith("import", start2) ? importClause(clause, specifier, start2) : exportClause(clause, specifier, start2);
  }
  if (text[before] !== "(") return void 0;
  const call2 = skipSpaceBack(text, before);
  const word = wordEndsAt(text, call2, "require") ? "require" : wordEndsAt(text, call2, "import") ? "import" : void 0;
  if (!word) return void 0;
  let eq = skipSpaceBack(text, call2 - word.length + 1);
  if (word === "require" && text[eq] === "(" && EXPORT_STAR.test(text.slice(Math.max(0, eq - 40), eq)) && EXPORTS_ARGUMENT.test(text.slice(at + specifier.length + 2, at + specifier.length + 40))) {
    const start2 = skipSpaceBack(text, eq) - "__exportStar".length + 1;
    return { specifier, names: [["*", "*"]], reexport: true, start: start2 };
  }
  const helper = word === "require" && text[eq] === "(" ? NAMESPACE_HELPER.exec(text.slice(Math.max(0, eq - 60), eq)) : null;
  if (helper) eq = skipSpaceBack(text, eq - helper[0].length);
  if (wordEndsAt(text, eq, "await")) eq = skipSpaceBack(text, eq - 4);
  if (text[eq] !== "=" || text[eq - 1] === "=" || text[eq - 1] === "!") return { specifier, names: [], inline: true, reexport: false, start: call2 - word.length + 1 };
  const targetEnd = skipSpaceBack(text, eq);
  if (text[targetEnd] === "}") {
    const open2 = text.lastIndexOf("{", targetEnd);
    if (open2 < 0 || targetEnd - open2 > LOOKBACK) return void 0;
    return { specifier, names: named(text.slice(open2 + 1, targetEnd), ":"), reexport: false, start: open2 };
  }
  let s = targetEnd;
  while (s >= 0 && /[\w$.]/.test(text[s])) s--;
  const target = text.slice(s + 1, targetEnd + 1);
  if (target === "module.exports") return { specifier, names: [["*", "*"]], reexport: true, start: s + 1 };
  return IDENT2.test(target) ? { specifier, names: [["default", target]], namespace: target, reexport: false, start: s + 1 } : void 0;
}
function lastWord(text, word, to, from) {
  const window2 = text.slice(from, to);
  for (let i2 = window2.lastIndexOf(word); i2 >= 0; i2 = i2 > 0 ? window2.lastIndexOf(word, i2 - 1) : -1) {
    const at = from + i2;
    if (!/[\w$.]/.test(text[at - 1] ?? " ") && !/[\w$]/.test(text[at + word.length] ?? " ")) return at;
  }
  return -1;
}
function named(list, alias = "as") {
  const out2 = [];
  for (const part of list.split(",")) {
    const item = part.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, "").trim();
    if (!item || /^type\s/.test(item)) continue;
    const [imported, local] = item.split(alias === "as" ? /\s+as\s+/ : /\s*:\s*/).map((s) => s.trim().replace(/^['"]|['"]$/g, ""));
    const name2 = local ?? imported;
    if (imported && IDENT2.test(name2)) out2.push([imported, name2]);
  }
  return out2;
}
function importClause(clause, specifier, start2) {
  let c = clause.trim();
  if (/^type[\s{*]/.test(c)) return void 0;
  const names = [];
  const open2 = c.indexOf("{");
  if (open2 >= 0) {
    names.push(...named(c.slice(open2 + 1, c.indexOf("}", open2))));
    c = c.slice(0, open2);
  }
  const namespace = /\*\s*as\s+([\w$]+)/.exec(c)?.[1];
  const def = /^([\w$]+)\s*(?:,|$)/.exec(c.trim())?.[1];
  if (def) names.push(["default", def]);
  if (!names.length && !namespace) return void 0;
  return { specifier, names, reexport: false, start: start2, ...namespace ? { namespace } : {} };
}
function exportClause(clause, specifier, start2) {
  const c = clause.trim();
  if (c === "*") return { specifier, names: [["*", "*"]], reexport: true, start: start2 };
  const namespace = /^\*\s*as\s+([\w$]+)$/.exec(c)?.[1];
  if (namespace) return { specifier, names: [["*", namespace]], namespace, reexport: true, start: start2 };
  const open2 = c.indexOf("{");
  if (open2 < 0 || /^type\s/.test(c)) return void 0;
  return { specifier, names: named(c.slice(open2 + 1, c.indexOf("}", open2))), reexport: true, start: start2 };
}
function pythonLinks(text, place) {
  const out2 = [];
  for (const [, m] of pythonStatements(text, IMPORT, PY_IMPORT)) {
    for (const part of m[1].split(",")) {
      const [, dotted, alias] = /^\s*([A-Za-z_][\w.]*)(?:\s+as\s+([A-Za-z_]\w*))?\s*$/.exec(part) ?? [];
      if (dotted) out2.push({ specifier: dotted, names: [], namespace: alias ?? dotted, reexport: false });
    }
  }
  for (const [start2, m] of pythonStatements(text, FROM, PY_FROM)) {
    const list = m[2].replace(/[()\\]/g, " ").replace(/#[^\n]*/g, "");
    const names = list.trim() === "*" ? [["*", "*"]] : named(list.replace(/\s+as\s+/g, " as "));
    if (names.length) out2.push({ specifier: m[1], names, reexport: true, hop: place(start2, m.index + m[0].length) });
  }
  return out2;
}
function* pythonStatements(text, word, statement) {
  let end = 0;
  for (let at = word.indexIn(text); at >= 0; at = word.indexIn(text, Math.max(at + 1, end))) {
    let start2 = at;
    while (start2 > 0 && (text[start2 - 1] === " " || text[start2 - 1] === "	")) start2--;
    if (start2 < end) continue;
    statement.lastIndex = at;
    const m = statement.exec(text);
    if (!m) continue;
    end = m.index + m[0].length;
    yield [start2, m];
  }
}

// node_modules/fastest-levenshtein/esm/mod.js
var peq = new Uint32Array(65536);
var myers_32 = (a, b) => {
  const n = a.length;
  const m = b.length;
  const lst = 1 << n - 1;
  let pv = -1;
  let mv = 0;
  let sc = n;
  let i2 = n;
  while (i2--) {
    peq[a.charCodeAt(i2)] |= 1 << i2;
  }
  for (i2 = 0; i2 < m; i2++) {
    let eq = peq[b.charCodeAt(i2)];
    const xv = eq | mv;
    eq |= (eq & pv) + pv ^ pv;
    mv |= ~(eq | pv);
    pv &= eq;
    if (mv & lst) {
      sc++;
    }
    if (pv & lst) {
      sc--;
    }
    mv = mv << 1 | 1;
    pv = pv << 1 | ~(xv | mv);
    mv &= xv;
  }
  i2 = n;
  while (i2--) {
    peq[a.charCodeAt(i2)] = 0;
  }
  return sc;
};
var myers_x = (b, a) => {
  const n = a.length;
  const m = b.length;
  const mhc = [];
  const phc = [];
  const hsize = Math.ceil(n / 32);
  const vsize = Math.ceil(m / 32);
  for (let i2 = 0; i2 < hsize; i2++) {
    phc[i2] = -1;
    mhc[i2] = 0;
  }
  let j = 0;
  for (; j < vsize - 1; j++) {
    let mv2 = 0;
    let pv2 = -1;
    const start3 = j * 32;
    const vlen2 = Math.min(32, m) + start3;
    for (let k = start3; k < vlen2; k++) {
      peq[b.charCodeAt(k)] |= 1 << k;
    }
    for (let i2 = 0; i2 < n; i2++) {
      const eq = peq[a.charCodeAt(i2)];
      const pb = phc[i2 / 32 | 0] >>> i2 & 1;
      const mb = mhc[i2 / 32 | 0] >>> i2 & 1;
      const xv = eq | mv2;
      const xh = ((eq | mb) & pv2) + pv2 ^ pv2 | eq | mb;
      let ph = mv2 | ~(xh | pv2);
      let mh = pv2 & xh;
      if (ph >>> 31 ^ pb) {
        phc[i2 / 32 | 0] ^= 1 << i2;
      }
      if (mh >>> 31 ^ mb) {
        mhc[i2 / 32 | 0] ^= 1 << i2;
      }
      ph = ph << 1 | pb;
      mh = mh << 1 | mb;
      pv2 = mh | ~(xv | ph);
      mv2 = ph & xv;
    }
    for (let k = start3; k < vlen2; k++) {
      peq[b.charCodeAt(k)] = 0;
    }
  }
  let mv = 0;
  let pv = -1;
  const start2 = j * 32;
  const vlen = Math.min(32, m - start2) + start2;
  for (let k = start2; k < vlen; k++) {
    peq[b.charCodeAt(k)] |= 1 << k;
  }
  let score = m;
  for (let i2 = 0; i2 < n; i2++) {
    const eq = peq[a.charCodeAt(i2)];
    const pb = phc[i2 / 32 | 0] >>> i2 & 1;
    const mb = mhc[i2 / 32 | 0] >>> i2 & 1;
    const xv = eq | mv;
    const xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    score += ph >>> m - 1 & 1;
    score -= mh >>> m - 1 & 1;
    if (ph >>> 31 ^ pb) {
      phc[i2 / 32 | 0] ^= 1 << i2;
    }
    if (mh >>> 31 ^ mb) {
      mhc[i2 / 32 | 0] ^= 1 << i2;
    }
    ph = ph << 1 | pb;
    mh = mh << 1 | mb;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let k = start2; k < vlen; k++) {
    peq[b.charCodeAt(k)] = 0;
  }
  return score;
};
var distance = (a, b) => {
  if (a.length < b.length) {
    const tmp = b;
    b = a;
    a = tmp;
  }
  if (b.length === 0) {
    return a.length;
  }
  if (a.length <= 32) {
    return myers_32(a, b);
  }
  return myers_x(a, b);
};

// core/suggest.ts
function closest(name2, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(name2.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : void 0;
}

// core/scan/rules.ts
var BYPASSED = "the tool gateway's policy, approvals, budgets, idempotency ledger and audit";
var ROUTE = "Route it through the tool gateway as a registered tool so policy, approvals, budgets, idempotency and audit apply. If this file IS the gateway's own implementation, list it under `scan.allow` in .flowgate.yml; for a one-off, add `# flowgate: ignore-boundary -- <reason>` (Python) or `// flowgate: ignore-boundary -- <reason>` (JS/TS) at the end of the line.";
var describe3 = (callee, target) => callee === target || callee === `new ${target}` ? `\`${callee}\`` : `\`${callee}\` (${target})`;
var shellCommand = defineRule({
  id: "scan/shell-command",
  severity: "error",
  category: "shell",
  summary: "Agent code starts a process or shell command directly instead of through the tool gateway.",
  help: `Starting processes (os.system, subprocess, pty, pexpect, asyncio/anyio/trio subprocesses, child_process, cross-spawn, execa, shelljs, zx, node-pty, Bun.spawn, Deno.Command; the boundary table below lists every member) from agent code bypasses ${BYPASSED}. ${ROUTE}`,
  message: (callee, target) => `${describe3(callee, target)} starts a process directly, bypassing ${BYPASSED}.`
});
var networkCall = defineRule({
  id: "scan/network-call",
  severity: "error",
  category: "network",
  summary: "Agent code opens an HTTP or socket connection directly instead of through the tool gateway.",
  help: `Direct network calls (requests, httpx, urllib, http.client, aiohttp, socket connections, websockets, websocket-client, gRPC channels, boto3 clients, fetch, WebSocket, ws, http/https, axios, got, node-fetch, undici; the boundary table below lists every member) from agent code bypass ${BYPASSED}. ${ROUTE}`,
  message: (callee, target) => `${describe3(callee, target)} makes a network call directly, bypassing ${BYPASSED}.`
});
var modelSdk = defineRule({
  id: "scan/model-sdk",
  severity: "error",
  category: "model",
  summary: "Agent code calls a model provider's SDK directly instead of through the tool gateway.",
  help: `Calling model SDKs (OpenAI, Anthropic, Google, Cohere, Mistral, LiteLLM, the Vercel AI SDK, Ollama, Groq, Together, Replicate, Hugging Face Inference, Amazon Bedrock, Vertex AI, LangChain's model classes; the boundary table below lists every member) directly from agent code bypasses ${BYPASSED}, including model budgets. ${ROUTE}`,
  message: (callee, target) => `${describe3(callee, target)} calls a model provider directly, bypassing ${BYPASSED}.`
});
var customBoundary = defineRule({
  id: "scan/custom",
  severity: "error",
  category: "custom",
  summary: "A boundary declared in .flowgate.yml (scan.custom) is crossed directly.",
  help: `A project-declared boundary (scan.custom in .flowgate.yml) is called directly, bypassing ${BYPASSED}. ${ROUTE}`,
  message: (message) => message
});
var boundaryImport = defineRule({
  id: "scan/boundary-import",
  severity: "warning",
  category: "custom",
  summary: "A module a boundary rule watches is imported; no call through it was found, but the rule asks to report the import.",
  help: `The module is imported by agent code. Even without a visible call it can be reached indirectly (passed around, called through reflection), bypassing ${BYPASSED}. ${ROUTE}`,
  message: (module2) => `\`${module2}\` is imported by agent code; the boundary rule for it reports the import itself.`
});
var starImport = defineRule({
  id: "scan/star-import",
  severity: "note",
  category: "scan",
  summary: "`from <watched module> import *` hides which names reach the outside world.",
  help: "A star import of a module the boundary scan watches makes every name ambiguous: only the members the rules list by name (os.system, pty.spawn, ...) are still recognised. Import the names explicitly so calls can be checked.",
  message: (module2) => `\`from ${module2} import *\`: only names the boundary rules list explicitly are recognised after a star import; import names explicitly.`
});
var unusedSuppression = defineRule({
  id: "scan/unused-suppression",
  severity: "note",
  category: "scan",
  summary: "A boundary suppression comment suppresses nothing.",
  help: "The `ignore-boundary` / `ignore-next-line` comment is not on (or just before) a line with a boundary finding. Remove it so it cannot hide a future call by accident.",
  message: (marker) => `\`${marker}\` suppresses nothing; remove it.`
});
var suppressionWithoutReason = defineRule({
  id: "scan/suppression-without-reason",
  severity: "warning",
  category: "scan",
  summary: "A boundary suppression gives no reason while scan.require-reason is on.",
  help: "With `scan.require-reason: true` every suppression must say why after `--`, e.g. `# flowgate: ignore-boundary -- the gateway's own HTTP client`.",
  message: (marker) => `\`${marker}\` gives no reason; add \`-- <why this call may bypass the gateway>\`.`
});
var parseError = defineRule({
  id: "scan/parse-error",
  severity: "note",
  category: "scan",
  summary: "A source file does not parse; the boundary scan checked what it could.",
  help: "The file has a syntax error where marked. Calls inside the broken region may be missed; fix the syntax so the whole file is checked.",
  message: (language) => `This ${language} file does not parse here; calls in the broken region may be missed.`
});
var respelledName = defineRule({
  id: "scan/respelled-name",
  // An error: the spelling is how a change would hide a call from a scan that matches names as written.
  severity: "error",
  category: "scan",
  summary: "A name or string spells plain letters otherwise (escapes, compatibility characters), which the language reads as a plain name the scan cannot follow.",
  help: 'Python reads identifiers in NFKC form (`\uFF4F\uFF53.\uFF53\uFF59\uFF53\uFF54\uFF45\uFF4D` is `os.system`), JavaScript decodes `\\u` escapes in identifiers (`\\u0066etch` is `fetch`), and both decode escapes in strings (`require("child\\u005fprocess")`). The boundary scan matches names as they are written, so a call spelled that way would pass unseen; it is reported instead. Write the name plainly. Escapes of other characters (control characters, quotes, non-ASCII text, `<\\u002Fscript>`) are not reported.',
  message: (written, reads) => `\`${written}\` is read as \`${reads}\`: the scan matches names as written and cannot follow this spelling; write it plainly.`
});
var skippedFile = defineRule({
  id: "scan/skipped-file",
  // An error, so the gate fails closed: a change could otherwise hide a call by padding its file past the size
  // limit, adding a NUL byte, or nesting code until parsing or the tree search runs out of time.
  severity: "error",
  category: "scan",
  summary: "A source file in the scan's scope could not be checked (unreadable, binary, over the size limit, or too costly to parse or search).",
  help: "The boundary scan could not check this file, so it cannot say the file calls nothing directly; the gate fails closed. If the file is generated or vendored, exclude it under `scan.exclude` (on a pull request the base commit's configuration applies); raise `limits.max-file-bytes` for large sources; fix deeply nested or broken code.",
  message: (reason) => `Not scanned: ${reason}.`
});
var analysisPending = defineRule({
  id: "scan/analysis-pending",
  severity: "note",
  category: "scan",
  summary: "Editors only: the file is being re-analysed after an edit whose broken syntax makes parsing slow; its findings are replaced when that finishes.",
  help: "Shown by the language server, never by `flowgate check`: an edit left syntax (an unclosed `(` near the top of a large Python file) that tree-sitter's error recovery parses slowly. The parse goes on between keystrokes; until it finishes, the file's other findings are those from before the edit, moved with it. The finished analysis replaces all of them, and equals what `flowgate check` reports for the text.",
  message: () => "Re-analysing this file: parsing it after this edit takes long (broken syntax). Until it finishes, the file's other findings are those from before the edit, moved with it."
});
var excludedSources = defineRule({
  id: "scan/excluded-sources",
  severity: "note",
  category: "scan",
  summary: "Source files in default-excluded folders (dist, build, vendor, vendored, third_party) were not scanned.",
  help: "Folders named dist, build, vendor, vendored or third_party are left out of every check by default, so code there is not scanned. If they hold your own code, set `scan.default-excludes: false` in .flowgate.yml to scan them (node_modules, .git, virtualenvs, site-packages and __pycache__ stay excluded), or scan one with `flowgate scan vendor`.",
  message: (count, folders) => `${count} source file${count === 1 ? " was" : "s were"} not scanned in default-excluded folders (${folders}); set \`scan.default-excludes: false\` to scan them.`
});
var RULE_OF_CATEGORY = { shell: shellCommand, network: networkCall, model: modelSdk };
var BOUNDARY_RULES = [shellCommand, networkCall, modelSdk, customBoundary, boundaryImport];
var SCAN_RULES = [...BOUNDARY_RULES, starImport, unusedSuppression, suppressionWithoutReason, parseError, respelledName, skippedFile, excludedSources];

// core/scan/config.ts
var globs = external_exports.array(external_exports.string().min(1));
var moduleName = external_exports.string().regex(/^(node:)?[@A-Za-z0-9_][@A-Za-z0-9_./-]*$/, "a module name such as `mycorp.http` or `@mycorp/http-client`");
var memberName = external_exports.union([external_exports.literal(ANY), external_exports.literal(DEFAULT), external_exports.string().regex(/^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$/, "a member name such as `post`, `Client.request`, `*` or `default`")]);
var customRuleSchema = external_exports.strictObject({
  id: external_exports.string().regex(/^[a-z0-9][a-z0-9-]*$/, "kebab-case, e.g. `internal-http`").describe("Names the rule in findings (properties.customRule) and in `scan.rules`."),
  language: external_exports.enum(["python", "javascript", "typescript"]).describe("`javascript` and `typescript` both cover .js .mjs .cjs .jsx .ts .mts .cts .tsx."),
  module: moduleName.describe("The module as imported: dotted for Python (`mycorp.http`), the specifier for JS/TS (`@mycorp/http`)."),
  members: external_exports.array(memberName).min(1).default([ANY]).describe("Members whose calls cross the boundary; `*` = any member or the module itself, `default` = the module itself (a default export)."),
  kind: external_exports.enum(["call", "constructor", "any"]).default("any").describe("`constructor` = only `new X(...)`, `call` = only calls, `any` = both (JS/TS; in Python constructing is calling, so every kind matches calls)."),
  category: external_exports.enum(["shell", "network", "model"]).describe("What kind of boundary this is."),
  message: external_exports.string().min(1).max(500).describe("The finding's message."),
  severity: severitySchema.default("error"),
  "report-import": external_exports.boolean().default(false).describe("Also report the import when no call through the module is found.")
});
var ruleSetting = external_exports.union([external_exports.literal("off"), severitySchema]);
var scanConfigSchema = external_exports.strictObject({
  include: globs.default(["**/*.py", "**/*.js", "**/*.mjs", "**/*.cjs", "**/*.jsx", "**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx"]).describe("Globs of source files to scan."),
  exclude: globs.default([]).describe("Globs not scanned (on top of the top-level `exclude` and node_modules, .git, dist, build, venv, vendor)."),
  allow: globs.default([]).describe("Files allowed to cross the boundary: the gateway's own implementation."),
  rules: external_exports.record(external_exports.string(), ruleSetting).default({}).describe("Per-rule `off` or severity, by rule id (`scan/network-call`) or custom rule id."),
  custom: external_exports.array(customRuleSchema).default([]).describe("More boundaries, declared as data."),
  "require-reason": external_exports.boolean().default(false).describe("A suppression without `-- reason` is a warning."),
  "skip-declarations": external_exports.boolean().default(true).describe("Skip TypeScript declaration files (*.d.ts): they contain no calls."),
  "default-excludes": external_exports.boolean().default(true).describe("Leave out source files in dist, build, vendor, vendored and third_party folders (a note counts them); on a pull request, or with --base/--changed-files, the files the change adds or edits in any default-excluded folder are scanned. `false` scans them too; node_modules, .git, virtualenvs, site-packages and __pycache__ stay excluded.")
}).superRefine((scan, ctx) => {
  const known = [...SCAN_RULES.map((r) => r.id), ...scan.custom.map((c) => c.id)];
  for (const id of Object.keys(scan.rules)) {
    if (known.includes(id)) continue;
    const near = closest(id, known);
    ctx.addIssue({ code: "custom", path: ["rules", id], message: `unknown scan rule "${id}"${near ? `; did you mean "${near}"?` : ""}` });
  }
});
function customSpec(rule) {
  return {
    language: rule.language === "python" ? "python" : "javascript",
    module: rule.module.replace(/^node:/, ""),
    // A custom member is a call: constructing or calling it crosses; `*` covers the module itself too.
    members: Object.fromEntries(rule.members.map((m) => [m, "call"])),
    form: rule.kind === "constructor" ? "new" : rule.kind,
    category: rule.category,
    custom: { id: rule.id, message: rule.message, severity: rule.severity },
    reportImport: rule["report-import"]
  };
}

// core/scan/factories.ts
var MAX_FACTORY_DEPTH = 2;
var PAREN_WINDOW = 200;
var MAX_WALK = 64;
var MENTION_LINE = 400;
var MENTION_BLOCK = 4e3;
var MAX_SEARCHED_NAMES = 32;
var WORD_CHAR = /[\w$]/;
function returnedValues(source, root, known, language, from = 0, to = source.length) {
  const out2 = [];
  for (const keyword of language.arrows ? ["return", "=>"] : ["return"]) {
    for (let i2 = source.indexOf(keyword, from); i2 >= 0 && i2 < to; i2 = source.indexOf(keyword, i2 + keyword.length)) {
      if (keyword === "return" && (WORD_CHAR.test(source[i2 - 1] ?? " ") || WORD_CHAR.test(source[i2 + 6] ?? " "))) continue;
      let at = i2 + keyword.length;
      while (source[at] === " " || source[at] === "	") at++;
      if (!mayResolveAt(source, at, known, language.fallback, keyword === "=>")) continue;
      const token = root.descendantForIndex(i2, i2 + keyword.length);
      const holder = token?.parent;
      const value = holder?.type === "return_statement" ? holder.namedChildren.find((c) => c?.type !== "comment") : holder?.type === "arrow_function" && keyword === "=>" ? holder.childForFieldName("body") : void 0;
      if (value && value.type !== "statement_block" && value.startIndex >= at) out2.push(value);
    }
  }
  return out2;
}
function mayResolveAt(source, at, known, fallback, arrow) {
  const head = identifierAt(source, at);
  if (head !== void 0) {
    if (known(head)) return true;
    if (head === "new" || head === "await") {
      let next = at + head.length;
      while (source[next] === " ") next++;
      if (known(identifierAt(source, next))) return true;
    }
  } else if (source[at] === "(") return identifiersIn(source.slice(at, at + PAREN_WINDOW)).some(known);
  return arrow ? false : mayFallBack(source, at, source.length, known, fallback);
}
function bindFactories({ source, root, bindings, known, resolve, binders, rebind }, language) {
  const scope = bindings.scopes.rootId;
  const done = /* @__PURE__ */ new Set();
  for (let depth = 0; depth < MAX_FACTORY_DEPTH; depth++) {
    const fresh = bindings.startFresh();
    const named2 = [];
    for (const value of returnedValues(source, root, known, language)) {
      if (done.has(value.startIndex)) continue;
      const path2 = resolve(value);
      if (!path2 || path2.returns || path2.module === NOTHING) continue;
      done.add(value.startIndex);
      const owner = language.ownerName(value);
      if (!owner || bindings.boundIn(scope, owner.text)) continue;
      binders.push(owner.startIndex, value.startIndex);
      bindings.bind(scope, owner.text, { ...through(path2, value.parent ?? value), returns: true });
      named2.push(owner.text);
    }
    if (named2.length === 0) return;
    rebind(fresh, named2.length <= MAX_SEARCHED_NAMES ? mentionedIn(source, named2) : void 0);
  }
}
function mentionedIn(source, names) {
  const at = [];
  for (const name2 of names) {
    for (let i2 = source.indexOf(name2); i2 >= 0; i2 = source.indexOf(name2, i2 + name2.length)) {
      if (!WORD_CHAR.test(source[i2 - 1] ?? " ") && !WORD_CHAR.test(source[i2 + name2.length] ?? " ")) at.push(i2);
    }
  }
  at.sort((a, b) => a - b);
  return (target, value) => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (at[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    const first = at[lo];
    if (first === void 0) return false;
    if (first < value) return true;
    const block = source[value] === "{" || source[value] === "(";
    if (first >= value + (block ? MENTION_BLOCK : MENTION_LINE)) return false;
    return block || !source.slice(value, first).includes("\n");
  };
}
function makesFactory(source, root, known, resolve, language, from, to) {
  return returnedValues(source, root, known, language, from, to).some((value) => {
    const path2 = resolve(value);
    return path2 !== void 0 && !path2.returns && path2.module !== NOTHING && language.ownerName(value) !== void 0;
  });
}
function enclosing(node2, stops) {
  let n = node2.parent;
  for (let i2 = 0; n && i2 < MAX_WALK; i2++, n = n.parent) if (stops.has(n.type)) return n;
  return void 0;
}

// core/scan/parameters.ts
var passedThrough = (path2, call2, param) => through(through(path2, call2), param);
function objectValue(entries) {
  return { module: OBJECT, members: [], properties: Object.fromEntries([...entries].map(([key, [path2, entry]]) => [key, through(path2, entry)])) };
}
var bindable = (path2, crosses) => path2 !== void 0 && (path2.properties !== void 0 || crosses(path2));
var MAX_PARAMETER_DEPTH = 3;
var MAX_SAME_NAME = 16;
var MAX_CLASS_WALK = 64;
var ARGUMENT_WINDOW = 400;
var WORD = /[$\p{L}_][$\p{L}\p{N}_]*/uy;
var wordStart = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c === 36 || c > 127;
function functionBody(source, at) {
  let i2 = at - 1;
  while (i2 >= 0 && (source.charCodeAt(i2) === 32 || source.charCodeAt(i2) === 10 || source.charCodeAt(i2) === 9 || source.charCodeAt(i2) === 13)) i2--;
  return source[i2] === ")" || source[i2] === ">";
}
function blockEnd(source, at, end) {
  let depth = 0;
  for (let i2 = at; i2 < end; i2++) {
    const c = source.charCodeAt(i2);
    if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return i2;
  }
  return end;
}
function mayPass(source, open2, known) {
  let depth = 0;
  const end = Math.min(source.length, open2 + ARGUMENT_WINDOW);
  for (let i2 = open2; i2 < end; i2++) {
    const c = source.charCodeAt(i2);
    if (c === 123 && functionBody(source, i2)) i2 = blockEnd(source, i2, end);
    else if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) {
      if (--depth === 0) return false;
    } else if (wordStart(c)) {
      WORD.lastIndex = i2;
      const word = WORD.exec(source)?.[0];
      if (word === void 0) continue;
      if (known(word)) return true;
      i2 += word.length - 1;
    }
  }
  return false;
}
var NO_PARAMETERS = { functions: /* @__PURE__ */ new Set(), reached: /* @__PURE__ */ new Set() };
var CALL = /(?:(?<![.$\p{L}\p{N}_])|(?<=\b(?:self|cls|this|super(?:\(\s*\))?)\s*\.\s*))([$\p{L}_][$\p{L}\p{N}_]*)\s*\(/gu;
function calledWithValue(text, names, known) {
  for (const match of text.matchAll(CALL)) if (names.has(match[1]) && mayPass(text, match.index + match[0].length - 1, known)) return true;
  return false;
}
var ParameterBinder = class {
  constructor(bindings, binders, occurrences) {
    this.bindings = bindings;
    this.binders = binders;
    this.occurrences = occurrences;
  }
  bindings;
  binders;
  occurrences;
  /** Occurrences by scope and name: a file of thousands of functions with a parameter of one name reads each function's own. */
  byScope;
  /** Names of the file's functions a call passes a watched value to. */
  reached = /* @__PURE__ */ new Set();
  /**
   * Bind parameter `param` (an identifier; `name` its text) of a function whose body is `scopes` (the
   * function's, then its body block's) to `value`, which came through `site` (the call, or the default). A parameter assigned again in the function
   * (`client = other`, `for client in …`) is not bound: which value a use sees depends on the order.
   */
  bind(param, name2, scopes, parameters, value, site) {
    const scope = scopes[0];
    if (this.bindings.boundIn(scope, name2)) return false;
    this.byScope ??= groupByScope(this.occurrences());
    const again = scopes.flatMap((s) => this.byScope.get(`${s}\0${name2}`) ?? []).filter((o) => o.at < parameters.start || o.at >= parameters.end);
    this.binders.push(param.startIndex, site.startIndex);
    if (again.length) {
      for (const o of again) this.binders.push(o.at);
      return false;
    }
    this.bindings.bind(scope, name2, value);
    return true;
  }
};
function groupByScope(list) {
  const out2 = /* @__PURE__ */ new Map();
  for (const o of list) {
    const key = `${o.scope}\0${o.name}`;
    const group = out2.get(key);
    if (group) group.push(o);
    else out2.set(key, [o]);
  }
  return out2;
}
function followParameters(bindings, round, reread) {
  let fresh;
  for (let depth = 0; depth < MAX_PARAMETER_DEPTH; depth++) {
    const live = bindings.startFresh();
    if (!round(fresh)) break;
    reread(live);
    fresh = live;
  }
  bindings.startFresh();
}
var MENTION_LINE2 = 400;
var MENTION_BLOCK2 = 4e3;
function mentions(source, target, value, fresh) {
  if (!fresh.covers(target)) return false;
  const name2 = identifierAt(source, target);
  if (name2 !== void 0 && fresh.at(name2, target)) return true;
  const block = source[value] === "{" || source[value] === "(";
  const end = Math.min(source.length, value + (block ? MENTION_BLOCK2 : MENTION_LINE2));
  for (let i2 = value; i2 < end; i2++) {
    const c = source.charCodeAt(i2);
    if (c === 10 && !block) return false;
    if (!wordStart(c)) continue;
    WORD.lastIndex = i2;
    const word = WORD.exec(source)?.[0];
    if (word === void 0) continue;
    if (fresh.at(word, value)) return true;
    i2 += word.length - 1;
  }
  return false;
}
var encloses = (bindings, scope, offset) => {
  for (const id of bindings.scopes.chain(offset)) if (id === scope) return true;
  return false;
};

// core/scan/javascript-parameters.ts
var PRIVATE_WRITE_NAME = String.raw`(?:[\w$]+\s*\.\s*)?(?:__privateAdd|__privateSet|__classPrivateFieldSet)`;
var PRIVATE_READ_NAME = String.raw`(?:[\w$]+\s*\.\s*)?(?:__privateGet|__classPrivateFieldGet)`;
var PRIVATE_WRITE_AT = new RegExp(`${PRIVATE_WRITE_NAME}\\s*\\(`, "y");
var PRIVATE_READ_AT = new RegExp(`${PRIVATE_READ_NAME}\\s*\\(`, "y");
var PRIVATE_READ = new RegExp(`^${PRIVATE_READ_NAME}$`);
var PRIVATE_HELPER = new RegExp(`^(?:${PRIVATE_WRITE_NAME}|${PRIVATE_READ_NAME})$`);
function privateHelperAt(pattern, source, offset) {
  pattern.lastIndex = offset;
  return pattern.test(source);
}
var JS_CALL = /(?:(this|super)\s*\.\s*)?(#?[\p{L}_$][\p{L}\p{N}_$]*)\s*\(/uy;
var JS_DEFAULT = /\s*(?:\?\s*)?(?::[^=,()]*)?=(?![=>])\s*/y;
var MAX_BASES = 4;
var FUNCTION_START = /(?:async\b|function\b|class\b|\(|[$\p{L}_][$\p{L}\p{N}_]*\s*=>)/uy;
var FUNCTION_VALUES = /* @__PURE__ */ new Set(["arrow_function", "function_expression", "function", "generator_function"]);
var CALLABLE_VALUES = /* @__PURE__ */ new Set([...FUNCTION_VALUES, "class"]);
function javaScriptParameters({ source, bindings, captures, resolve, crosses, known, binders }) {
  const { callees, locals, definitions } = captures;
  const defs = /* @__PURE__ */ new Map();
  const add = (name2, node2) => defs.set(name2, [...defs.get(name2) ?? [], node2]);
  for (const [node2, outer] of locals) if (outer) add(identifierAt(source, node2.startIndex), node2);
  for (const [nameNode, value] of definitions) {
    FUNCTION_START.lastIndex = value.startIndex;
    if (FUNCTION_START.test(source) && nameNode.type === "identifier" && CALLABLE_VALUES.has(value.type)) add(nameNode.text, nameNode);
  }
  const occurrences = () => [
    ...definitions.filter(([nameNode]) => nameNode.type === "identifier").map(([nameNode]) => ({ name: nameNode.text, at: nameNode.startIndex, scope: bindings.scopeOf(nameNode) })),
    ...locals.filter(([, outer]) => !outer).map(([node2]) => ({ name: identifierAt(source, node2.startIndex), at: node2.startIndex, scope: bindings.scopeOf(node2) }))
  ];
  const binder = new ParameterBinder(bindings, binders, occurrences);
  const mayResolve = (node2) => source[node2.startIndex] === "(" || known(identifierAt(source, node2.startIndex)) || source.startsWith("new", node2.startIndex) || source.startsWith("await", node2.startIndex);
  const resolved = (node2) => {
    const path2 = node2 && mayResolve(node2) ? resolve(node2) : void 0;
    return bindable(path2, crosses) ? path2 : void 0;
  };
  const scopesOf = (param, fn) => {
    const body2 = fn.childForFieldName("body");
    return [bindings.scopeOf(param), ...body2?.type === "statement_block" ? [body2.id] : []];
  };
  const range = (node2) => ({ start: node2.startIndex, end: node2.endIndex });
  const defaults = (mentioned) => {
    let bound = false;
    for (const [node2, outer] of locals) {
      const at = outer ? void 0 : knownDefaultAt(source, node2, known);
      if (at === void 0 || mentioned && !mentioned(node2.startIndex, at)) continue;
      const found = defaultOf(node2);
      const path2 = found && resolved(found.value);
      if (path2) bound = binder.bind(node2, identifierAt(source, node2.startIndex), scopesOf(node2, found.list.parent), range(found.list), through(path2, found.holder), found.holder) || bound;
    }
    return bound;
  };
  let first = true;
  const round = (fresh) => {
    let bound = first && defaults();
    first = false;
    const pending = [];
    for (const [callee, kind] of callees) {
      if (fresh && !fresh.covers(callee.startIndex)) continue;
      const match = passingCall(source, callee, fresh ? (word) => word !== void 0 && fresh.at(word, callee.startIndex) : known, (name3) => defs.has(name3));
      if (!match) continue;
      const { owner, name: name2 } = match;
      const call2 = callee.parent;
      if (call2?.type !== "call_expression" && call2?.type !== "new_expression") continue;
      const passed = passedArguments(call2, resolved);
      if (passed.length === 0) continue;
      binder.reached.add(name2);
      for (const fn of targetsOf(call2, kind, owner, name2)) pending.push([fn, passed, call2]);
    }
    for (const [fn, passed, call2] of pending) bound = bindParameters(fn, passed, call2) || bound;
    return bound;
  };
  const targetsOf = (call2, kind, owner, name2) => {
    if (owner || name2 === "super") {
      const cls = enclosingClass(call2);
      const found = cls && methodIn(cls, name2 === "super" ? "constructor" : name2, owner === "super" || name2 === "super");
      return found ? [found] : [];
    }
    const out2 = [];
    for (const nameNode of (defs.get(name2) ?? []).slice(0, MAX_SAME_NAME)) {
      const parent = nameNode.parent;
      const declaration2 = parent.type === "variable_declarator" || parent.type === "assignment_expression" ? void 0 : parent;
      if (!encloses(bindings, declaration2 ? bindings.scopeOf(nameNode, declaration2) : bindings.scopeOf(nameNode), call2.startIndex)) continue;
      const cls = classOf(nameNode);
      if (cls) {
        const constructor = kind === "new" ? methodIn(cls, "constructor", false) : void 0;
        if (constructor) out2.push(constructor);
      } else if (!declaration2) {
        const value = parent.childForFieldName(parent.type === "variable_declarator" ? "value" : "right");
        if (value && FUNCTION_VALUES.has(value.type)) out2.push(value);
      } else if (declaration2.type === "function_declaration" && kind === "call") out2.push(declaration2);
    }
    return out2;
  };
  const methodsOf = /* @__PURE__ */ new Map();
  const methods = (cls) => {
    let byName = methodsOf.get(cls.id);
    if (byName) return byName;
    methodsOf.set(cls.id, byName = /* @__PURE__ */ new Map());
    for (const member of cls.childForFieldName("body")?.namedChildren ?? []) {
      const memberName2 = member?.type === "method_definition" ? member.childForFieldName("name")?.text : void 0;
      if (memberName2 !== void 0 && !byName.has(memberName2)) byName.set(memberName2, member);
    }
    return byName;
  };
  const methodIn = (cls, name2, skipSelf, depth = 0) => {
    if (depth > MAX_BASES) return void 0;
    const own2 = skipSelf ? void 0 : methods(cls).get(name2);
    if (own2) return own2;
    const base = baseName(cls);
    for (const nameNode of (base && defs.get(base) || []).slice(0, MAX_SAME_NAME)) {
      const baseClass = classOf(nameNode);
      const found = baseClass ? methodIn(baseClass, name2, false, depth + 1) : void 0;
      if (found) return found;
    }
    return void 0;
  };
  const parameterLists = /* @__PURE__ */ new Map();
  const parameterList = (fn) => {
    const cached2 = parameterLists.get(fn.id);
    if (cached2) return cached2;
    const single = fn.childForFieldName("parameter");
    const list = fn.childForFieldName("parameters");
    const out2 = { around: list ?? single ?? fn, byPosition: [] };
    parameterLists.set(fn.id, out2);
    for (const param of single ? [single] : list?.namedChildren ?? []) {
      if (!param || param.type === "comment") continue;
      const pattern = param.type === "required_parameter" || param.type === "optional_parameter" ? param.childForFieldName("pattern") : param.type === "assignment_pattern" ? param.childForFieldName("left") : param;
      if (!pattern || pattern.type === "rest_pattern") break;
      out2.byPosition.push([param, pattern]);
    }
    return out2;
  };
  const bindParameters = (fn, passed, call2) => {
    const { around, byPosition } = parameterList(fn);
    let bound = false;
    for (const arg of passed) {
      const at = byPosition[arg.position];
      if (!at) continue;
      const [param, pattern] = at;
      const whole = arg.path ?? (arg.properties && objectValue(arg.properties));
      if (pattern.type === "identifier" && whole) {
        const value = passedThrough(whole, call2, param);
        if (binder.bind(pattern, pattern.text, scopesOf(pattern, fn), range(around), value, call2)) {
          bound = true;
          if (param.namedChildren.some((c) => c?.type === "accessibility_modifier" || c?.type === "override_modifier") || /^\s*readonly\b/.test(param.text)) bindSlotAt(bindings, `this.${pattern.text}`, value, param);
        }
      } else if (pattern.type === "object_pattern" && arg.properties) {
        for (const [key, local] of destructured(pattern)) {
          const property = arg.properties.get(key);
          if (property) bound = binder.bind(local, local.text, scopesOf(local, fn), range(around), passedThrough(through(property[0], property[1]), call2, local), call2) || bound;
        }
      }
    }
    return bound;
  };
  return { round, defaults, facts: { functions: new Set(defs.keys()), reached: binder.reached } };
}
var CLASS_BODY = /* @__PURE__ */ new Set(["class_body"]);
function bindSlotAt(bindings, key, path2, at) {
  bindings.bindSlot(key, path2);
  if (!key.startsWith("this.")) return;
  const owner = enclosing(at, CLASS_BODY)?.parent?.childForFieldName("name");
  if (owner) bindings.bindSlot(`${owner.text}.prototype${key.slice(4)}`, path2);
}
function destructured(pattern) {
  const out2 = [];
  for (const prop of pattern.namedChildren) {
    if (prop?.type === "shorthand_property_identifier_pattern") out2.push([prop.text, prop]);
    else if (prop?.type === "object_assignment_pattern") {
      const left = prop.childForFieldName("left");
      if (left?.type === "shorthand_property_identifier_pattern") out2.push([left.text, left]);
    } else if (prop?.type === "pair_pattern") {
      const key = prop.childForFieldName("key");
      const value = prop.childForFieldName("value");
      const local = value?.type === "assignment_pattern" ? value.childForFieldName("left") : value;
      const name2 = key?.type === "string" ? stringValue(key) : key?.text;
      if (name2 !== void 0 && local?.type === "identifier") out2.push([name2, local]);
    }
  }
  return out2;
}
function passedArguments(call2, resolved) {
  const list = call2.childForFieldName("arguments");
  if (list?.type !== "arguments") return [];
  const out2 = [];
  let position = 0;
  for (const arg of list.namedChildren) {
    if (!arg || arg.type === "comment") continue;
    if (arg.type === "spread_element") break;
    const at = position++;
    if (arg.type === "object") {
      const properties = /* @__PURE__ */ new Map();
      for (const prop of arg.namedChildren) {
        const key = prop?.type === "pair" ? prop.childForFieldName("key") : prop?.type === "shorthand_property_identifier" ? prop : null;
        const name2 = key?.type === "string" ? stringValue(key) : key?.text;
        const value = prop?.type === "pair" ? prop.childForFieldName("value") : prop;
        const path3 = value && name2 !== void 0 ? resolved(value) : void 0;
        if (path3) properties.set(name2, [path3, prop]);
      }
      if (properties.size) out2.push({ position: at, properties });
      continue;
    }
    const path2 = resolved(arg);
    if (path2) out2.push({ position: at, path: path2 });
  }
  return out2;
}
function classOf(nameNode) {
  const parent = nameNode.parent;
  if (parent?.type === "class_declaration") return parent;
  const value = parent?.type === "variable_declarator" ? parent.childForFieldName("value") : parent?.type === "assignment_expression" ? parent.childForFieldName("right") : null;
  return value?.type === "class" ? value : void 0;
}
function enclosingClass(node2) {
  let n = node2.parent;
  for (let up = 0; n && n.type !== "class_declaration" && n.type !== "class" && n.type !== "abstract_class_declaration"; up++) n = up < MAX_CLASS_WALK ? n.parent : null;
  return n;
}
function baseName(cls) {
  const heritage = cls.namedChildren.find((c) => c?.type === "class_heritage");
  const first = heritage?.namedChild(0);
  const value = first?.type === "extends_clause" ? first.childForFieldName("value") : first;
  return value?.type === "identifier" ? value.text : void 0;
}
function passingCall(source, callee, known, defined = () => true) {
  JS_CALL.lastIndex = callee.startIndex;
  const match = JS_CALL.exec(source);
  if (!match || !(match[1] || match[2] === "super" || defined(match[2])) || PRIVATE_HELPER.test(match[2]) || !mayPass(source, JS_CALL.lastIndex - 1, known)) return void 0;
  return { owner: match[1], name: match[2] };
}
function knownDefaultAt(source, node2, known) {
  JS_DEFAULT.lastIndex = node2.startIndex + identifierAt(source, node2.startIndex).length;
  return JS_DEFAULT.test(source) && known(identifierAt(source, JS_DEFAULT.lastIndex)) ? JS_DEFAULT.lastIndex : void 0;
}
function defaultOf(node2) {
  const destructured2 = node2.type === "object_assignment_pattern" || node2.type === "assignment_pattern";
  const holder = destructured2 ? node2 : node2.parent;
  const value = holder?.type === "assignment_pattern" || holder?.type === "object_assignment_pattern" ? holder.childForFieldName("right") : holder?.childForFieldName("value");
  const pattern = !destructured2 ? void 0 : node2.type === "assignment_pattern" ? node2.parent?.parent : node2.parent;
  const param = pattern?.parent?.type === "required_parameter" || pattern?.parent?.type === "assignment_pattern" ? pattern.parent : pattern ?? holder;
  const list = param?.parent;
  return holder && value && list?.type === "formal_parameters" && list.parent ? { holder, value, list } : void 0;
}

// core/scan/javascript.ts
var GLOBAL_NAMES = /* @__PURE__ */ new Set(["fetch", "Bun", "Deno", "WebSocket", "EventSource", "navigator"]);
var GLOBAL_OBJECTS = /* @__PURE__ */ new Set(["globalThis", "window", "self", "global"]);
function globalPath(name2) {
  if (GLOBAL_NAMES.has(name2)) return { module: GLOBAL, members: [name2] };
  if (GLOBAL_OBJECTS.has(name2)) return { module: GLOBAL, members: [] };
  if (name2 === "require") return { module: GLOBAL, members: [...MADE_REQUIRE] };
  return void 0;
}
var common = (callees) => `
[(statement_block) (function_declaration) (generator_function_declaration) (function_expression) (generator_function) (arrow_function) (method_definition) (for_statement) (for_in_statement) (catch_clause) (class_body)] @scope
(import_statement) @import
(export_statement source: (_)) @import
(call_expression function: [(identifier) (member_expression) (subscript_expression) (parenthesized_expression) (super) (call_expression)${callees}] @callee)
(call_expression arguments: (arguments [(identifier) (member_expression)] @arg))
(new_expression constructor: [(identifier) (member_expression) (parenthesized_expression)] @new)
(variable_declarator name: (_) @def.name value: (_) @def.value)
(export_statement "default" @def.name value: (_) @def.value)
(assignment_expression left: [(identifier) (member_expression) (subscript_expression)] @def.name right: (_) @def.value)
(variable_declarator name: (identifier) @local !value)
(arrow_function parameter: (identifier) @local)
(function_declaration name: (identifier) @outer)
(catch_clause parameter: (identifier) @local)
(for_in_statement left: (identifier) @local)
`;
var JS_PARAMS = `
(formal_parameters (identifier) @local)
(formal_parameters (assignment_pattern left: (identifier) @local))
(formal_parameters (rest_pattern (identifier) @local))
(formal_parameters (object_pattern [(shorthand_property_identifier_pattern) (object_assignment_pattern left: (shorthand_property_identifier_pattern))] @local))
(formal_parameters (object_pattern (pair_pattern value: [(identifier) (assignment_pattern left: (identifier))] @local)))
(formal_parameters (assignment_pattern left: (object_pattern [(shorthand_property_identifier_pattern) (object_assignment_pattern left: (shorthand_property_identifier_pattern))] @local)))
(formal_parameters (assignment_pattern left: (object_pattern (pair_pattern value: [(identifier) (assignment_pattern left: (identifier))] @local))))
(class_declaration name: (identifier) @outer)
(class_declaration name: (identifier) @def.name (class_heritage) @def.value)
(field_definition) @field
`;
var TS_PARAMS = `
(required_parameter pattern: (identifier) @local)
(optional_parameter pattern: (identifier) @local)
(required_parameter pattern: (rest_pattern (identifier) @local))
(required_parameter pattern: (object_pattern [(shorthand_property_identifier_pattern) (object_assignment_pattern left: (shorthand_property_identifier_pattern))] @local))
(required_parameter pattern: (object_pattern (pair_pattern value: [(identifier) (assignment_pattern left: (identifier))] @local)))
(class_declaration name: (type_identifier) @outer)
(class_declaration name: (type_identifier) @def.name (class_heritage) @def.value)
(public_field_definition) @field
(export_statement "=" @def.name (_) @def.value)
`;
var TS_QUERY = common(" (non_null_expression) (await_expression)") + TS_PARAMS;
var JS_QUERY = common("") + JS_PARAMS;
var normalModule = (specifier) => specifier.replace(/^node:/, "");
function normalMembers(path2) {
  return path2.members[0] === DEFAULT && path2.module !== GLOBAL ? { ...path2, members: path2.members.slice(1) } : path2;
}
var javaScriptQuery = (language, typescript, withComments) => queryOf(language, typescript ? TS_QUERY : JS_QUERY, withComments);
var CREATE_REQUIRE = /(?:^|\.)createRequire$/;
var MEMBER_CREATE_REQUIRE = /^[\w$]+\s*\.\s*createRequire\s*\(/;
var MADE_REQUIRE = ["createRequire", RETURNED];
var madeRequire = (path2) => path2?.module === GLOBAL && path2.members.length === 2 && path2.members[0] === MADE_REQUIRE[0] && path2.members[1] === RETURNED;
var PROCESS_REQUIRE = /^(?:(?:globalThis|global|window|self)\.)?process\.mainModule\.require$/;
var LOADERS = /* @__PURE__ */ new Set(["require", "module", "process", "createRequire", "Reflect"]);
var knownTo = (bindings) => (name2) => name2 !== void 0 && (bindings.known(name2) || LOADERS.has(name2) || name2 === "await");
var shadows = (bindings, name2) => bindings.mayResolve(name2) || LOADERS.has(name2);
function analyzeJavaScript(tree, source, language, typescript, filter, withComments, timeLimitMs, project2) {
  const { scopes, comments, imports: importNodes, callees, definitions: assigned, locals, args: args2 } = collectCaptures(javaScriptQuery(language, typescript, withComments), tree.rootNode, timeLimitMs);
  const definitions = withDerivedDefinitions(assigned, callees, source);
  const bindings = new Bindings(scopes, globalPath);
  const imports = [];
  const binders = importNodes.map((node2) => node2.startIndex);
  for (const node2 of importNodes) importStatement(node2, bindings, filter, imports, project2);
  const resolver = new Resolver(bindings, filter, project2);
  const known = knownTo(bindings);
  const bindLocal = (node2, outer, name2) => {
    binders.push(node2.startIndex);
    bindings.bind(outer ? bindings.scopeOf(node2, node2.parent) : bindings.scopeOf(node2), name2, void 0);
  };
  const localNames = locals.map(([node2]) => identifierAt(source, node2.startIndex));
  const shadowLocals = (fresh) => {
    locals.forEach(([node2, outer], i2) => {
      const name2 = localNames[i2];
      if ((!fresh || fresh.named(name2)) && shadows(bindings, name2)) bindLocal(node2, outer, name2);
    });
  };
  shadowLocals();
  const declared = /* @__PURE__ */ new Set();
  let definitionsOf;
  const declareLocals = (name2) => {
    if (declared.has(name2)) return;
    declared.add(name2);
    locals.forEach(([node2, outer], i2) => localNames[i2] === name2 && bindLocal(node2, outer, name2));
    if (!definitionsOf) {
      definitionsOf = /* @__PURE__ */ new Map();
      for (const [nameNode] of definitions) {
        const first = identifierAt(source, nameNode.startIndex);
        const list = first === void 0 ? void 0 : definitionsOf.get(first);
        if (list) list.push(nameNode);
        else if (first !== void 0) definitionsOf.set(first, [nameNode]);
      }
    }
    for (const nameNode of definitionsOf.get(name2) ?? []) if (nameNode.type === "identifier" && nameNode.parent?.type === "variable_declarator" && !moduleLevel(nameNode)) bindLocal(nameNode, false, name2);
  };
  const bindDeclarations = (sites, fresh, mentioned) => {
    for (const [nameNode, value] of definitions) {
      if (mentioned ? !mentioned(nameNode.startIndex, value.startIndex) : fresh && !mentions(source, nameNode.startIndex, value.startIndex, fresh)) continue;
      const read = readDeclaration(source, nameNode, value, known, bindings);
      if (read.binds) binders.push(nameNode.startIndex);
      declaration(nameNode, value, read, resolver, bindings, sites, known, declareLocals);
    }
  };
  bindDeclarations(imports);
  const parameters = javaScriptParameters({ source, bindings, captures: { callees, locals, definitions }, resolve: (node2) => resolver.resolve(node2), crosses: (path2) => filter.reachesCrossing(normalMembers(path2)), known, binders });
  const rebind = (fresh, mentioned) => {
    shadowLocals(fresh);
    bindDeclarations([], fresh, mentioned);
    shadowLocals(fresh);
  };
  followParameters(bindings, parameters.round, (fresh) => rebind(fresh));
  const rebindFactories = (fresh, mentioned) => {
    rebind(fresh, mentioned);
    parameters.defaults(mentioned ?? ((target, value) => mentions(source, target, value, fresh)));
  };
  bindFactories({ source, root: tree.rootNode, bindings, known, resolve: (node2) => resolver.resolve(node2), binders, rebind: rebindFactories }, JS_FACTORIES);
  shadowLocals();
  renamedExports(tree.rootNode, source, bindings, binders);
  const { calls, passed } = callsOf(callees, args2, resolver, bindings, known, source);
  const state = { bindings, binders, calls, passed, imports, comments: comments.map(commentText), withComments, constants: resolver.constants, parameters: parameters.facts };
  return { calls: [...calls, ...passed], imports, comments, exports: bindings.exported(), state };
}
function callsOf(callees, args2, resolver, bindings, known, source) {
  const calls = [];
  for (const [node2, kind] of callees) {
    const captured = source.startsWith("await", node2.startIndex) && node2.type === "await_expression" ? node2.namedChild(0) : node2;
    if (!captured) continue;
    const parenthesized = source[captured.startIndex] === "(";
    const head = parenthesized ? void 0 : rootAt(source, captured.startIndex);
    const privateRead = head !== void 0 && !known(head) && privateHelperAt(PRIVATE_READ_AT, source, captured.startIndex);
    if (head && !known(head) && !privateRead) continue;
    const callee = parenthesized ? unwrap(captured) : captured;
    const text = callee.text;
    const first = rootAt(text, 0);
    const namedInside = () => parenthesized && identifiersIn(text).some(known);
    if (!privateRead && (first ? !known(first) && !namedInside() : !text.includes("import") && !namedInside())) continue;
    const invoked = invokedThrough(callee);
    const path2 = invoked ? resolver.resolve(invoked, invoked.text) : resolver.resolve(callee, text);
    if (!path2 || path2.returns) continue;
    const awaited = first === "await" && !bindings.mayResolve(first) ? /^await\s*/.exec(text)[0].length : 0;
    calls.push({ start: callee.startIndex + awaited, end: callee.endIndex, callee: oneLine(text.slice(awaited)), path: normalMembers(path2), form: kind });
  }
  const passed = [];
  for (const arg of args2) {
    if (!known(identifierAt(source, arg.startIndex))) continue;
    const fn = arg.parent?.parent?.childForFieldName("function");
    if (!fn || PASS_THROUGH.test(fn.text) || PRIVATE_HELPER.test(fn.text) || INSPECTORS.has(fn.text.split(".").pop().trim())) continue;
    const path2 = resolver.resolve(arg);
    if (path2 && !path2.returns) passed.push({ start: arg.startIndex, end: arg.endIndex, callee: oneLine(arg.text), path: normalMembers(path2), form: "call", passedTo: oneLine(fn.text) });
  }
  return { calls, passed };
}
var NEW_PREFIX = /new\s+/y;
function rootAt(text, offset) {
  const head = identifierAt(text, offset);
  if (head !== "new") return head;
  NEW_PREFIX.lastIndex = offset;
  return NEW_PREFIX.test(text) ? identifierAt(text, NEW_PREFIX.lastIndex) : head;
}
function invokedThrough(callee) {
  if (callee.type !== "member_expression") return void 0;
  const property = callee.childForFieldName("property")?.text;
  return property === "call" || property === "apply" ? callee.childForFieldName("object") ?? void 0 : void 0;
}
function unwrap(node2) {
  let n = node2;
  for (; ; ) {
    const inner = n.type === "parenthesized_expression" || n.type === "sequence_expression" ? namedChildrenOf(n) : [];
    if (n.type === "parenthesized_expression" && inner.length === 1) n = inner[0];
    else if (n.type === "sequence_expression" && inner.length > 0) n = inner.at(-1);
    else return n;
  }
}
var NAMESPACE_INTEROP = new RegExp(`^${NAMESPACE_HELPER_NAME}$`);
var DEFAULT_INTEROP_NAME = String.raw`(?:[\w$]+\s*\.\s*)?(?:__importDefault|_interopRequireDefault)`;
var DEFAULT_INTEROP = new RegExp(`^${DEFAULT_INTEROP_NAME}$`);
var PASS_THROUGH = new RegExp(String.raw`^(?:(?:util\s*\.\s*)?promisify|await|_interopDefault|${NAMESPACE_HELPER_NAME}|${DEFAULT_INTEROP_NAME})$`);
var INTEROP_CALL = new RegExp(String.raw`^(?:${NAMESPACE_HELPER_NAME}|${DEFAULT_INTEROP_NAME})\s*\(`);
var EXPORTS_TARGET = /^(?:module\.exports|(?:module\.)?exports\.default)$/;
var JS_FALLBACK = /\?\?|\|\||\?/;
var INSPECTORS = /* @__PURE__ */ new Set(["expect", "spyOn", "mocked", "isMockFunction", "String", "Boolean", "log", "warn", "error", "info", "debug", "is", "equal", "strictEqual", "deepEqual", "notEqual", "isFunction", "inspect"]);
var Resolver = class {
  constructor(bindings, filter, project2, constants = new Constants()) {
    this.bindings = bindings;
    this.filter = filter;
    this.project = project2;
    this.constants = constants;
  }
  bindings;
  filter;
  project;
  constants;
  resolve(node2, text = node2.text, depth = 0) {
    if (depth > MAX_RESOLVE_DEPTH) return void 0;
    const chain = simpleChain(text);
    if (chain) return chainPath(this.bindings, chain, node2);
    switch (node2.type) {
      case "member_expression": {
        const property = node2.childForFieldName("property");
        const object2 = node2.childForFieldName("object");
        const loaded = object2 && property ? this.projectRequire(object2) : void 0;
        if (loaded !== void 0) {
          const path2 = this.project.lookup(loaded, property.text);
          return path2 && through(normalMembers(path2), object2);
        }
        const base = this.child(node2, "object", depth);
        if (base) return property ? extend(base, property.text) : void 0;
        const key = object2?.type === "new_expression" ? this.slotKey(node2) : void 0;
        return key ? this.bindings.slotPath(key.split(".")) : void 0;
      }
      case "subscript_expression": {
        const slot = this.slot(node2);
        if (slot) return slot;
        const base = this.child(node2, "object", depth);
        const index = node2.childForFieldName("index");
        if (base) {
          const key = index ? this.constants.stringOf(index) : void 0;
          return key !== void 0 ? extend(base, key) : void 0;
        }
        const object2 = node2.childForFieldName("object");
        return object2?.type === "identifier" && index ? this.bindings.picked(object2.text, object2, this.propertyKey(index)) : void 0;
      }
      case "call_expression": {
        const key = this.slotKey(node2, depth);
        if (key) return this.bindings.slotPath(key.split("."));
        return this.moduleOfCall(node2, depth) ?? this.returned(node2.childForFieldName("function"), depth, node2);
      }
      case "new_expression":
        return this.returned(node2.childForFieldName("constructor"), depth);
      // `opts.fetch ?? fetch`, `a || b`, `c ? a : b`: either side may be the value.
      case "binary_expression":
      case "ternary_expression": {
        for (const field of node2.type === "binary_expression" ? ["left", "right"] : ["consequence", "alternative"]) {
          const path2 = this.child(node2, field, depth);
          if (path2) return path2;
        }
        return void 0;
      }
      case "await_expression":
      case "parenthesized_expression":
      case "non_null_expression":
      case "as_expression":
      case "satisfies_expression":
      // TypeScript's `<any>window`: the expression follows its type.
      case "type_assertion": {
        const inner = node2.type === "type_assertion" ? namedChildrenOf(node2).at(-1) : namedChildrenOf(node2)[0];
        return inner ? this.resolve(inner, inner.text, depth + 1) : void 0;
      }
      default:
        return void 0;
    }
  }
  /** What a call or `new` of a client returns: followed, so its methods are calls on the client; a call of a factory (`call`) is what it returns. */
  returned(fn, depth, call2) {
    const base = fn ? this.resolve(fn, fn.text, depth + 1) : void 0;
    if (base?.returns) return call2 && called(base, call2);
    return base && this.filter.returnsWatched(normalMembers(base)) ? extend(base, RETURNED) : void 0;
  }
  /** A watched value stored in an attribute or container slot (`this.client`, `values["client"]`). */
  slot(node2) {
    return slotValue(this.bindings, node2, (n) => this.slotKey(n));
  }
  /** `this.client` → "this.client", `values["client"]` → "values.client"; undefined for anything else. */
  slotKey(node2, depth = 0) {
    if (depth > MAX_RESOLVE_DEPTH) return void 0;
    if (node2.type === "identifier" || node2.type === "this") return node2.text;
    if (node2.type === "default") return "default";
    if (node2.type === "=") return "module.exports";
    if (node2.type === "new_expression") {
      const owner = node2.childForFieldName("constructor");
      return owner?.type === "identifier" ? `${owner.text}.prototype` : void 0;
    }
    if (node2.type === "arguments" || node2.type === "call_expression" && PRIVATE_READ.test(node2.childForFieldName("function")?.text ?? "")) {
      const args2 = namedChildrenOf(node2);
      const map2 = args2[1];
      const receiver = map2?.type === "identifier" ? args2[0] : void 0;
      const base2 = receiver ? this.slotKey(receiver, depth + 1) : void 0;
      return base2 && `${base2}.#${map2.text}`;
    }
    const object2 = node2.childForFieldName("object");
    const base = object2 && (node2.type === "member_expression" || node2.type === "subscript_expression") ? this.slotKey(object2, depth + 1) : void 0;
    if (!base) return void 0;
    const key = node2.type === "member_expression" ? node2.childForFieldName("property")?.text : this.constants.stringOf(node2.childForFieldName("index"));
    return key !== void 0 && (node2.type === "member_expression" ? /^#?[\w$]+$/ : /^[\w$]+$/).test(key) ? `${base}.${key}` : void 0;
  }
  /**
   * The key a property name or a subscript's index names, when the file fixes it: a name or string (`run`, `"http:"`),
   * a string constant (Constants), a number (`0`, `-1`, `0x1`: the property `String(n)` it is); undefined for anything else.
   */
  propertyKey(node2) {
    switch (node2.type) {
      case "property_identifier":
      case "shorthand_property_identifier":
        return node2.text;
      case "computed_property_name": {
        const inner = node2.namedChild(0);
        return inner ? this.propertyKey(inner) : void 0;
      }
      case "number":
      case "unary_expression": {
        const number4 = Number(node2.text.replace(/[\s_]/g, ""));
        return Number.isNaN(number4) ? void 0 : String(number4);
      }
      default:
        return this.constants.stringOf(node2);
    }
  }
  child(node2, field, depth) {
    const child = node2.childForFieldName(field);
    return child ? this.resolve(child, child.text, depth + 1) : void 0;
  }
  /** Does a specifier name a project file (relative, or a tsconfig alias no rule watches)? */
  projectSpecifier(specifier, module2) {
    return specifier.startsWith(".") || this.project !== void 0 && !this.filter.relevant(module2) && this.project.resolves(specifier);
  }
  /** The project specifier of `require("./shell")` (require not shadowed) or `import("./shell")`, awaited or not, else undefined. */
  projectRequire(node2) {
    if (!this.project) return void 0;
    while (node2.type === "await_expression" || node2.type === "parenthesized_expression") {
      const inner = node2.namedChild(0);
      if (!inner) return void 0;
      node2 = inner;
    }
    if (node2.type !== "call_expression") return void 0;
    const fn = node2.childForFieldName("function");
    const args2 = namedChildrenOf(node2);
    const wrapped = fn && (NAMESPACE_INTEROP.test(fn.text) || DEFAULT_INTEROP.test(fn.text)) ? args2[0] : void 0;
    if (wrapped) return wrapped.type === "call_expression" && args2.length === 1 ? this.projectRequire(wrapped) : void 0;
    const loads = fn?.type === "import" || fn?.type === "identifier" && fn.text === "require" && !this.bindings.declared("require", fn);
    if (!loads || args2.length !== 1) return void 0;
    const specifier = this.constants.stringOf(args2[0]);
    return specifier !== void 0 && this.projectSpecifier(specifier, normalModule(specifier)) ? specifier : void 0;
  }
  /** What a project module offers (for a namespace or a destructuring of `require("./shell")`). */
  projectExports(specifier, loader) {
    const exports2 = this.project?.exportsOf(specifier) ?? {};
    const fn = loader?.type === "call_expression" ? loader.childForFieldName("function") : null;
    return fn && DEFAULT_INTEROP.test(fn.text) ? Object.fromEntries(Object.entries(exports2).filter(([name2]) => name2 === DEFAULT || name2.startsWith(`${DEFAULT}.`))) : exports2;
  }
  /**
   * Which argument names the module when `fn` loads one by name, else undefined: `require` (not shadowed), a
   * `require` made by `createRequire` (`createRequire(url)(m)`, `const r = createRequire(url)` … `r(m)`, an ES
   * module's `const require = createRequire(import.meta.url)`), `import()`, `module.require`,
   * `process.mainModule.require`, `require.call(this, m)`.
   */
  loadArgument(fn, depth) {
    const own2 = (name2) => !this.bindings.declared(name2, fn);
    if (fn.type === "import") return 0;
    if (fn.type === "identifier" && fn.text === "require" && own2("require")) return 0;
    if (fn.type === "identifier" || fn.type === "call_expression" || fn.type === "parenthesized_expression") return madeRequire(this.resolve(fn, fn.text, depth + 1)) ? 0 : void 0;
    const text = fn.text.replace(/\s+/g, "");
    if (text === "module.require" && own2("module") || PROCESS_REQUIRE.test(text) && own2(text.split(".")[0])) return 0;
    return text === "require.call" && own2("require") ? 1 : void 0;
  }
  /** `require('m')` and `import('m')` with a literal specifier (require not shadowed); `promisify(f)` and `await (f)` are `f`. */
  moduleOfCall(node2, depth) {
    const fn = node2.childForFieldName("function");
    if (!fn) return void 0;
    if (fn.type === "member_expression" && fn.childForFieldName("property")?.text === "bind") {
      const object2 = fn.childForFieldName("object");
      return object2 ? this.resolve(object2, object2.text, depth + 1) : void 0;
    }
    if (fn.type === "member_expression" && fn.text.replace(/\s+/g, "") === "Reflect.get" && !this.bindings.declared("Reflect", fn)) {
      const [object2, key] = namedChildrenOf(node2);
      const base = object2 && this.resolve(object2, object2.text, depth + 1);
      const member = key && this.constants.stringOf(key);
      return base && member !== void 0 ? extend(base, member) : void 0;
    }
    if (PASS_THROUGH.test(fn.text)) {
      const args3 = namedChildrenOf(node2);
      const only = args3.length === 1 ? args3[0] : void 0;
      return only ? this.resolve(only, only.text, depth + 1) : void 0;
    }
    if (CREATE_REQUIRE.test(fn.text.replace(/\s+/g, ""))) return { module: GLOBAL, members: [...MADE_REQUIRE] };
    const at = this.loadArgument(unwrap(fn), depth);
    if (at === void 0) return void 0;
    const args2 = namedChildrenOf(node2);
    const first = args2[at];
    const specifier = first && args2.length === at + 1 ? this.constants.stringOf(first) : void 0;
    if (specifier === void 0) return void 0;
    const module2 = normalModule(specifier);
    if (this.projectSpecifier(specifier, module2)) {
      const path2 = this.project?.lookup(specifier, "default");
      return path2 && through(path2, node2);
    }
    if (!this.filter.relevant(module2)) return void 0;
    return through({ module: module2, members: [] }, node2, first.type === "identifier");
  }
};
function readDeclaration(source, nameNode, value, known, bindings) {
  const head = identifierAt(source, value.startIndex);
  const simpleName = identifierAt(source, nameNode.startIndex);
  const quote = source[value.startIndex];
  const constant = simpleName !== void 0 && (quote === '"' || quote === "'" || quote === "`" || mayJoinArray(source, value.startIndex, value.endIndex)) && !/^\s*[.[]/.test(source.slice(nameNode.startIndex + simpleName.length, nameNode.startIndex + simpleName.length + 8));
  const valueType = value.type;
  const functionValue = valueType === "arrow_function" || valueType === "function_expression";
  const thenCallback = functionValue && simpleName === "then" && nameNode.parent?.type === "member_expression";
  const mayBeModule = thenCallback || (head ? known(head) || head === "import" || head === "util" || head === "new" || head === "class" || head === "extends" || PASS_THROUGH.test(head) || INTEROP_CALL.test(source.slice(value.startIndex, value.startIndex + 80)) || MEMBER_CREATE_REQUIRE.test(source.slice(value.startIndex, value.startIndex + 80)) || mayFallBack(source, value.startIndex, value.endIndex, known, JS_FALLBACK) : quote === "(" || quote === "<" ? parenthesizedMayBeModule(source, value, known) : source.startsWith("async", value.startIndex));
  const literal2 = quote !== "{" && quote !== "[" ? void 0 : valueType === "object" || valueType === "array" ? value : valueType === "as_expression" || valueType === "satisfies_expression" ? literalIn(value) : void 0;
  const object2 = literal2?.type === "object" ? literal2 : void 0;
  const nameType = literal2 !== void 0 || valueType === "identifier" ? nameNode.type : void 0;
  const objectTarget = object2 !== void 0 && (nameType === "member_expression" || nameType === "subscript_expression" || nameType === "default" || nameType === "identifier" && nameNode.parent?.type === "arguments");
  const held = literal2 !== void 0 && (objectTarget || nameType === "identifier" && moduleLevel(nameNode)) && watchedLiteral(source, literal2, known);
  const slots = held && object2 !== void 0;
  const container = held && !objectTarget;
  const mayBind = mayBeModule || simpleName !== void 0 && bindings.mayResolve(simpleName);
  const exportsSlotsOf = valueType === "identifier" && (nameType === "default" || nameType === "=" || /^(?:module|exports)\b/.test(source.slice(nameNode.startIndex, nameNode.startIndex + 7)) && EXPORTS_TARGET.test(nameNode.text.replace(/\s+/g, ""))) ? value.text : void 0;
  const binds = constant || held || exportsSlotsOf !== void 0 || !objectTarget && mayBind && (!functionValue || thenCallback);
  return { simpleName, constant, mayBeModule, literal: literal2, objectTarget, slots, container, exportsSlotsOf, mayBind, binds };
}
var MAX_PARENTHESIZED_TEXT = 400;
function parenthesizedMayBeModule(source, value, known) {
  const text = source.slice(value.startIndex, Math.min(value.endIndex, value.startIndex + MAX_PARENTHESIZED_TEXT));
  return value.endIndex - value.startIndex > MAX_PARENTHESIZED_TEXT || identifiersIn(text).some((name2) => known(name2) || name2 === "import" || name2 === "require");
}
function declaration(nameNode, value, read, resolver, bindings, imports, known, declareLocals) {
  const { simpleName, constant, mayBeModule, literal: literal2, objectTarget, slots, container, exportsSlotsOf, mayBind } = read;
  if (constant) resolver.constants.add(simpleName, value);
  const entries = slots || container ? literalEntries(literal2, resolver, bindings) : [];
  if (slots) objectSlots(nameNode, literal2, entries, resolver, bindings);
  if (container && entries.length > 0) {
    bindings.container(simpleName, entries, through(entries[0][1], nameNode.parent));
    declareLocals(simpleName);
  }
  if (objectTarget) return;
  if (exportsSlotsOf !== void 0) bindings.aliasSlots(resolver.slotKey(nameNode), exportsSlotsOf, nameNode.parent);
  if (!mayBind) return;
  if (value.type === "arrow_function" || value.type === "function_expression") {
    if (simpleName === "then" && nameNode.parent?.type === "member_expression") thenParameter(nameNode.parent, value, resolver, bindings);
    return;
  }
  const expression = value.type === "class_heritage" ? heritageOf(value) : value;
  const path2 = mayBeModule && expression ? resolver.resolve(expression) : void 0;
  if (path2 && path2.members.length === 0 && path2.module !== GLOBAL && (value.type === "call_expression" || value.type === "await_expression") && !factoryCall(value, resolver)) {
    imports.push({ start: value.startIndex, end: value.endIndex, module: path2.module, star: false });
  }
  const statement = nameNode.parent;
  const fromProject = !path2 && expression ? resolver.projectRequire(expression) : void 0;
  const exported = fromProject !== void 0 ? resolver.projectExports(fromProject, expression) : void 0;
  if (exported && simpleName !== void 0 && nameNode.type === "identifier") {
    bindNamespace(bindings, simpleName, exported, statement);
    return;
  }
  if (nameNode.type === "member_expression" || nameNode.type === "subscript_expression" || nameNode.type === "property_identifier" || nameNode.type === "private_property_identifier" || nameNode.type === "arguments" || nameNode.type === "=") {
    const key = nameNode.type === "property_identifier" || nameNode.type === "private_property_identifier" ? fieldSlot(nameNode) : resolver.slotKey(nameNode);
    if (path2 && key) bindSlotAt(bindings, key, through(normalMembers(path2), statement), statement);
    return;
  }
  if (simpleName !== void 0) {
    const owner = !path2 && value.type === "new_expression" ? value.childForFieldName("constructor") : void 0;
    if (owner?.type === "identifier") bindings.instanceOf(simpleName, owner.text, statement);
    const step = path2 && (value.type === "identifier" || value.type === "member_expression" || path2.members.length === 0 ? path2 : through(path2, statement));
    const assigned = statement.type === "assignment_expression";
    if (assigned && path2) declareLocals(simpleName);
    const scope = value.type === "class_heritage" ? bindings.scopeOf(nameNode, statement) : assigned ? bindings.declaringScope(simpleName, nameNode.startIndex) : bindings.scopeOf(nameNode);
    if (path2 || bindings.mayResolve(simpleName)) bindings.bind(scope, simpleName, step && normalMembers(step));
    return;
  }
  if (nameNode.type !== "object_pattern") return;
  const slot = !path2 && !exported && expression ? resolver.slotKey(expression)?.split(".") : void 0;
  const slotted = slot !== void 0 && bindings.slotRoots.has(slot[0]);
  const member = (key) => {
    if (path2) return normalMembers(extend(path2, key));
    const held = exported ? exported[key] && normalMembers(exported[key]) : slotted ? bindings.slotPath([...slot, key]) : void 0;
    return held && through(held, statement);
  };
  if (!path2 && !exported && !slotted && !identifiersIn(nameNode.text).some((n) => bindings.mayResolve(n))) return;
  bindDestructured(nameNode, member, bindings);
}
function bindDestructured(pattern, member, bindings) {
  const scope = bindings.scopeOf(pattern);
  for (const [key, local] of destructured(pattern)) {
    const value = member(key);
    if (value || bindings.mayResolve(local.text)) bindings.bind(scope, local.text, value);
  }
}
function reexportStatement(node2, module2, bindings, filter, imports) {
  if (!filter.relevant(module2) || /^export\s+type\b/.test(node2.text)) return;
  imports.push({ start: node2.startIndex, end: node2.endIndex, module: module2, star: false });
  const offer = (name2, members2) => bindings.reexport(name2, normalMembers(through({ module: module2, members: members2 }, node2, false)));
  const nameOf = (n) => n ? n.type === "string" ? stringValue(n) : n.text : void 0;
  const clause = node2.namedChildren.find((c) => c?.type === "export_clause");
  const namespace = node2.namedChildren.find((c) => c?.type === "namespace_export");
  if (clause) {
    for (const spec of clause.namedChildren) {
      if (!spec || spec.type !== "export_specifier" || /^type\s/.test(spec.text)) continue;
      const nameNode = spec.childForFieldName("name");
      const exported = nameOf(nameNode);
      const as = nameOf(spec.childForFieldName("alias") ?? nameNode);
      if (exported !== void 0 && as !== void 0) offer(as, [exported]);
    }
  } else if (namespace) {
    const as = nameOf(namespace.namedChildren.find((c) => c?.type === "identifier" || c?.type === "string") ?? null);
    if (as !== void 0) offer(as, []);
  } else for (const member of filter.explicitMembers(module2)) offer(member, [member]);
}
var RENAMED_EXPORT = /\bexport\s*\{[^}]*\bas\b/;
function renamedExports(root, source, bindings, binders) {
  if (!RENAMED_EXPORT.test(source)) return;
  for (const statement of root.namedChildren) {
    if (statement?.type !== "export_statement" || statement.childForFieldName("source") || /^export\s+type\b/.test(statement.text)) continue;
    const clause = statement.namedChildren.find((c) => c?.type === "export_clause");
    for (const spec of clause?.namedChildren ?? []) {
      const local = spec?.type === "export_specifier" && !/^type\s/.test(spec.text) ? spec.childForFieldName("name") : null;
      const alias = spec?.childForFieldName("alias");
      const as = alias?.type === "string" ? stringValue(alias) : alias?.text;
      if (local?.type !== "identifier" || as === void 0 || as === local.text) continue;
      binders.push(spec.startIndex);
      const path2 = bindings.lookup(local.text, local);
      bindings.exportAs(as, path2 && normalMembers(through(path2, statement)));
      bindings.aliasSlots(as, local.text, statement);
    }
  }
}
function fieldSlot(nameNode) {
  const field = nameNode.parent;
  const owner = field?.children.some((c) => c?.type === "static") ? field.parent?.parent?.childForFieldName("name") : void 0;
  return `${owner?.text ?? "this"}.${nameNode.text}`;
}
function factoryCall(value, resolver) {
  const call2 = value.type === "await_expression" ? value.namedChild(0) : value;
  const fn = call2?.type === "call_expression" ? call2.childForFieldName("function") : null;
  return fn ? resolver.resolve(fn)?.returns === true : false;
}
var FUNCTIONS = /* @__PURE__ */ new Set(["function_declaration", "generator_function_declaration", "function_expression", "generator_function", "arrow_function", "method_definition", "class_body"]);
function factoryName(value) {
  const fn = enclosing(value, FUNCTIONS);
  if (!fn) return void 0;
  const atTop = (node2) => node2?.type === "program" || node2?.type === "export_statement" && node2.parent?.type === "program";
  if (fn.type === "function_declaration" || fn.type === "generator_function_declaration") return atTop(fn.parent) ? fn.childForFieldName("name") ?? void 0 : void 0;
  if (fn.type !== "function_expression" && fn.type !== "arrow_function" && fn.type !== "generator_function") return void 0;
  const declarator = fn.parent;
  const name2 = declarator?.type === "variable_declarator" ? declarator.childForFieldName("name") : null;
  return name2?.type === "identifier" && atTop(declarator.parent?.parent ?? null) ? name2 : void 0;
}
var JS_FACTORIES = { arrows: true, fallback: JS_FALLBACK, ownerName: factoryName };
function projectImport(node2, specifier, bindings, project2) {
  const clause = node2.namedChildren.find((c) => c?.type === "import_clause");
  if (!clause) return;
  const scope = bindings.scopeOf(node2);
  const bind = (local, imported) => {
    const path2 = project2.lookup(specifier, imported);
    if (path2) bindings.bind(scope, local, through(normalMembers(path2), node2));
    else if (namespaceMembers(project2.exportsOf(specifier), imported, local, bindings, node2)) return;
    else if (bindings.mayResolve(local)) bindings.bind(scope, local, void 0);
  };
  for (const part of clause.namedChildren) {
    if (part?.type === "identifier") bind(part.text, "default");
    else if (part?.type === "namespace_import") {
      const local = part.namedChildren.find((c) => c?.type === "identifier");
      if (local) bindNamespace(bindings, local.text, project2.exportsOf(specifier), node2);
    } else if (part?.type === "named_imports") {
      for (const spec of part.namedChildren) {
        if (!spec || spec.type !== "import_specifier") continue;
        const nameNode = spec.childForFieldName("name");
        const alias = spec.childForFieldName("alias") ?? nameNode;
        if (nameNode && alias) bind(alias.text, nameNode.text);
      }
    }
  }
}
function literalIn(expression) {
  const inner = expression.namedChild(0);
  return inner?.type === "object" || inner?.type === "array" ? inner : void 0;
}
function moduleLevel(name2) {
  const parent = name2.parent;
  const statement = parent?.type === "variable_declarator" || parent?.type === "assignment_expression" ? parent.parent : null;
  if (!statement) return false;
  if (parent.type === "assignment_expression") return statement.type === "expression_statement" && statement.parent?.type === "program";
  const top = statement.parent?.type === "export_statement" ? statement.parent.parent : statement.parent;
  return top?.type === "program";
}
function objectSlots(nameNode, object2, entries, resolver, bindings) {
  const key = resolver.slotKey(nameNode);
  if (!key) return;
  for (const [property, path2] of entries) if (property !== void 0 && /^[\w$]+$/.test(property)) bindSlotAt(bindings, `${key}.${property}`, path2, object2);
}
function literalEntries(literal2, resolver, bindings) {
  const out2 = [];
  if (literal2.type === "array") {
    let spread = false;
    arrayElements(literal2).forEach((element, i2) => {
      if (element === HOLE || !element) return;
      if (element.type === "spread_element") {
        spread = true;
        return;
      }
      const path2 = resolver.resolve(element);
      if (path2) out2.push([spread ? void 0 : String(i2), through(normalMembers(path2), element)]);
    });
    return out2;
  }
  for (const prop of literal2.namedChildren) {
    const name2 = prop?.type === "pair" ? prop.childForFieldName("key") : prop?.type === "shorthand_property_identifier" ? prop : null;
    const value = prop?.type === "pair" ? prop.childForFieldName("value") : prop;
    if (!name2 || !value) continue;
    const path2 = value.type === "shorthand_property_identifier" ? chainPath(bindings, [value.text], value) : resolver.resolve(value);
    if (path2) out2.push([resolver.propertyKey(name2), through(normalMembers(path2), prop)]);
  }
  return out2;
}
function namespaceMembers(exports2, imported, local, bindings, node2) {
  const members2 = membersOf(exports2, imported);
  const entries = Object.entries(members2).flatMap(([name2, path2]) => name2.includes(".") ? [] : [[name2, through(path2, node2)]]);
  if (entries.length > 0) bindings.container(local, entries, entries[0][1]);
  return bindNamespace(bindings, local, members2, node2);
}
function heritageOf(heritage) {
  const first = heritage.namedChild(0);
  return first?.type === "extends_clause" ? first.childForFieldName("value") : first;
}
function withDerivedDefinitions(definitions, callees, source) {
  const derived2 = [];
  const add = (name2, value) => derived2.push([name2, value]);
  for (const [callee, kind] of callees) {
    if (kind !== "call") continue;
    const start2 = callee.startIndex;
    if (privateHelperAt(PRIVATE_WRITE_AT, source, start2)) {
      const args2 = callee.parent.childForFieldName("arguments");
      const value = namedChildrenOf(args2)[2];
      if (value) add(args2, value);
      continue;
    }
    if (callee.type !== "member_expression") continue;
    if (source.startsWith("import", start2)) {
      const property = callee.childForFieldName("property");
      if (property?.text !== "then" || callee.childForFieldName("object")?.childForFieldName("function")?.type !== "import") continue;
      for (const argument of namedChildrenOf(callee.parent)) if (argument.type === "arrow_function" || argument.type === "function_expression") add(property, argument);
    } else if (source.startsWith("Object", start2) && /^Object\s*\.\s*assign$/.test(source.slice(start2, callee.endIndex))) {
      const [target, ...sources] = namedChildrenOf(callee.parent);
      const text = target && source.slice(target.startIndex, target.endIndex).replace(/\s+/g, "");
      if (target && (text === "module.exports" || text === "exports")) {
        for (const object2 of sources) if (object2?.type === "object") add(target, object2);
      }
    }
  }
  if (derived2.length === 0) return definitions;
  derived2.sort(([a], [b]) => a.startIndex - b.startIndex);
  const out2 = [];
  let next = 0;
  for (const definition of definitions) {
    while (next < derived2.length && derived2[next][0].startIndex < definition[0].startIndex) out2.push(derived2[next++]);
    out2.push(definition);
  }
  return out2.concat(derived2.slice(next));
}
function thenParameter(member, callback, resolver, bindings) {
  const object2 = member.childForFieldName("object");
  const path2 = object2 && resolver.resolve(object2);
  const loaded = !path2 && object2 ? resolver.projectRequire(object2) : void 0;
  if (!path2 && loaded === void 0) return;
  const single = callback.childForFieldName("parameter");
  const list = callback.childForFieldName("parameters");
  const first = single ?? list?.namedChild(0);
  const param = first?.type === "required_parameter" ? first.childForFieldName("pattern") : first;
  const call2 = member.parent;
  if (param?.type === "object_pattern") {
    const exported = path2 ? void 0 : resolver.projectExports(loaded);
    bindDestructured(param, (key) => path2 ? normalMembers(extend(through(path2, call2), key)) : exported[key] && through(normalMembers(exported[key]), call2), bindings);
  }
  if (param?.type !== "identifier") return;
  if (path2) bindings.bind(bindings.scopeOf(param), param.text, through(path2, call2));
  else bindNamespace(bindings, param.text, resolver.projectExports(loaded), call2);
}
function importStatement(node2, bindings, filter, imports, project2) {
  const text = node2.text;
  if (/^import\s+type\b/.test(text)) return;
  const source = node2.childForFieldName("source");
  let specifier = source ? stringValue(source) : void 0;
  let clause;
  const requireClause = node2.namedChildren.find((c) => c?.type === "import_require_clause");
  if (requireClause) {
    const str = requireClause.namedChildren.find((c) => c?.type === "string");
    specifier = str ? stringValue(str) : void 0;
    const local = requireClause.namedChildren.find((c) => c?.type === "identifier");
    if (specifier === void 0 || !local) return;
    const module3 = normalModule(specifier);
    if (project2 && (specifier.startsWith(".") || !filter.relevant(module3) && project2.resolves(specifier))) {
      const whole = project2.lookup(specifier, "default");
      if (whole) bindings.bind(bindings.scopeOf(node2), local.text, through(normalMembers(whole), node2));
      else if (!bindNamespace(bindings, local.text, project2.exportsOf(specifier), node2) && bindings.mayResolve(local.text)) bindings.bind(bindings.scopeOf(node2), local.text, void 0);
      return;
    }
    if (!filter.relevant(module3)) {
      if (bindings.mayResolve(local.text)) bindings.bind(bindings.scopeOf(node2), local.text, void 0);
      return;
    }
    imports.push({ start: node2.startIndex, end: node2.endIndex, module: module3, star: false });
    bindings.bind(bindings.scopeOf(node2), local.text, through({ module: module3, members: [] }, node2, false));
    return;
  }
  if (specifier === void 0) return;
  if (node2.type === "export_statement") return reexportStatement(node2, normalModule(specifier), bindings, filter, imports);
  if (project2 && (specifier.startsWith(".") || !filter.relevant(normalModule(specifier)) && project2.resolves(specifier))) return projectImport(node2, specifier, bindings, project2);
  const module2 = normalModule(specifier);
  const watched = filter.relevant(module2);
  if (!watched && !identifiersIn(text).some((name2) => globalPath(name2) !== void 0)) return;
  if (watched) imports.push({ start: node2.startIndex, end: node2.endIndex, module: module2, star: false });
  clause = node2.namedChildren.find((c) => c?.type === "import_clause");
  if (!clause) return;
  const scope = bindings.scopeOf(node2);
  const bind = (local, path2) => {
    if (watched) bindings.bind(scope, local, normalMembers(through(path2, node2, false)));
    else if (bindings.mayResolve(local)) bindings.bind(scope, local, void 0);
  };
  for (const part of clause.namedChildren) {
    if (!part) continue;
    if (part.type === "identifier") bind(part.text, { module: module2, members: [] });
    else if (part.type === "namespace_import") {
      const local = part.namedChildren.find((c) => c?.type === "identifier");
      if (local) bind(local.text, { module: module2, members: [] });
    } else if (part.type === "named_imports") {
      for (const spec of part.namedChildren) {
        if (!spec || spec.type !== "import_specifier" || /^type\s/.test(spec.text)) continue;
        const nameNode = spec.childForFieldName("name");
        const alias = spec.childForFieldName("alias") ?? nameNode;
        if (!nameNode || !alias) continue;
        const imported = nameNode.type === "string" ? stringValue(nameNode) : nameNode.text;
        if (imported === void 0) continue;
        bind(alias.text, { module: module2, members: [imported] });
      }
    }
  }
}

// core/scan/region.ts
function reanalyzeRegion(state, change, tree, source, queries, timeLimitMs, language) {
  const { edit, before } = change;
  const delta = edit.newEndIndex - edit.oldEndIndex;
  const { start: start2, end, statements, holder } = touchedStatements(tree.rootNode, change, language.block);
  const oldEnd = end - delta;
  const { bindings } = state;
  if (state.binders.some((at) => at >= start2 && at < oldEnd) || language.bindingText.test(before.slice(start2, oldEnd)) || language.bindingText.test(source.slice(start2, end))) return void 0;
  const { parameters } = state;
  const texts = [before.slice(start2, oldEnd), source.slice(start2, end)];
  const defined = new Set(texts.flatMap((text) => language.definedNames(text)));
  if (texts.some((text) => namesAny(text, parameters.reached)) || defined.size > 0 && language.calledWithValue(before, defined)) return void 0;
  if ([...state.calls, ...state.passed].some((call2) => call2.start < start2 && call2.end > start2 || stepAcross(call2.path, start2)) || [...bindings.paths()].some((path2) => stepAcross(path2, start2))) return void 0;
  const captured = statements.map((node2) => collectCaptures(queries, node2, timeLimitMs));
  const all = (key) => captured.flatMap((c) => c[key]);
  const region = { scopes: captured.map((c) => c.scopes), comments: all("comments"), imports: all("imports"), callees: all("callees"), definitions: all("definitions"), locals: all("locals"), args: all("args") };
  if (region.imports.length > 0 || language.binds(region, holder)) return void 0;
  if (region.callees.some(([callee]) => {
    const call2 = language.passingCall(callee);
    return call2 !== void 0 && (call2.method || parameters.functions.has(call2.name) || defined.has(call2.name));
  })) return void 0;
  if (!bindings.scopes.replace(start2, oldEnd, delta, region.scopes)) return void 0;
  bindings.shift(oldEnd, delta);
  if (language.makesFactory(start2, end)) return void 0;
  const found = language.callsOf(region);
  const splice = (previous, inRegion, move) => [...previous.filter((item) => item.start < start2).map((item) => move(item, false)), ...inRegion, ...previous.filter((item) => item.start >= oldEnd).map((item) => move(item, true))];
  const moveCall = (call2, after) => {
    const path2 = shiftPath(call2.path, oldEnd, delta);
    return after ? { ...call2, start: call2.start + delta, end: call2.end + delta, path: path2 } : path2 === call2.path ? call2 : { ...call2, path: path2 };
  };
  const next = {
    ...state,
    binders: state.binders.map((at) => at >= oldEnd ? at + delta : at),
    calls: splice(state.calls, found.calls, moveCall),
    passed: splice(state.passed, found.passed, moveCall),
    imports: state.imports.map((site) => site.start >= oldEnd ? { ...site, start: site.start + delta, end: site.end + delta } : site),
    comments: [
      ...state.comments.filter((c) => c.startIndex < start2),
      ...region.comments.map(commentText),
      ...state.comments.filter((c) => c.startIndex >= oldEnd).map((c) => ({ ...c, startIndex: c.startIndex + delta, endIndex: c.endIndex + delta }))
    ]
  };
  return { calls: [...next.calls, ...next.passed], imports: next.imports, comments: next.comments, exports: bindings.exported(), state: next };
}
function touchedStatements(root, { edit, changed }, block) {
  let lo = edit.startIndex;
  let hi = edit.newEndIndex;
  for (const range of changed) {
    lo = Math.min(lo, range.startIndex);
    hi = Math.max(hi, range.endIndex);
  }
  let holder = root.descendantForIndex(Math.max(0, lo - 1), hi + 1);
  while (holder && holder.parent && !(holder.type === block && holder.startIndex < lo - 1 && holder.endIndex > hi + 1)) holder = holder.parent;
  holder ??= root;
  const statements = [];
  for (let node2 = holder.firstChildForIndex(Math.max(0, lo - 1)); node2 && node2.startIndex <= hi; node2 = node2.nextSibling) statements.push(node2);
  const first = statements[0];
  const last = statements[statements.length - 1];
  return { start: Math.min(lo, first?.startIndex ?? lo), end: Math.max(hi, last?.endIndex ?? hi), statements, holder };
}
var namesAny = (text, names) => identifiersIn(text).some((word) => names.has(word));

// core/scan/javascript-edit.ts
var MODULE_WORD = /\b(?:import|require)\b/;
var DEFINED = /\bfunction\s*\*?\s*([$\p{L}_][$\p{L}\p{N}_]*)|([$\p{L}_][$\p{L}\p{N}_]*)\s*[=:]\s*(?:async\s*)?(?:function\b|\([^()]*\)\s*(?::[^=]*)?=>|[$\p{L}_][$\p{L}\p{N}_]*\s*=>)/gu;
function reanalyzeJavaScript(state, change, tree, source, language, typescript, filter, withComments, timeLimitMs) {
  if (withComments !== state.withComments) return void 0;
  const { bindings } = state;
  const known = knownTo(bindings);
  return reanalyzeRegion(state, change, tree, source, javaScriptQuery(language, typescript, withComments), timeLimitMs, {
    block: "statement_block",
    bindingText: MODULE_WORD,
    binds: ({ locals, definitions, callees }, holder) => insideQuoted(holder) || locals.some(([node2, outer]) => shadows(bindings, identifierAt(source, node2.startIndex)) || !outer && knownDefaultAt(source, node2, known) !== void 0) || withDerivedDefinitions(definitions, callees, source).some(([nameNode, value]) => readDeclaration(source, nameNode, value, known, bindings).binds),
    // A class's methods have too many forms to read from text: any name of a class's text.
    definedNames: (text) => /\bclass\b/.test(text) ? identifiersIn(text) : Array.from(text.matchAll(DEFINED), (m) => m[1] ?? m[2]),
    calledWithValue: (text, names) => calledWithValue(text, names, known),
    passingCall: (callee) => {
      const call2 = passingCall(source, callee, known);
      return call2 && { name: call2.name, method: call2.owner !== void 0 || call2.name === "super" };
    },
    makesFactory: (start2, end) => {
      const resolver = new Resolver(bindings, filter, void 0, state.constants);
      return makesFactory(source, tree.rootNode, known, (node2) => resolver.resolve(node2), JS_FACTORIES, start2, end);
    },
    callsOf: ({ callees, args: args2 }) => callsOf(callees, args2, new Resolver(bindings, filter, void 0, state.constants), bindings, known, source)
  });
}
function insideQuoted(holder) {
  for (let node2 = holder; node2?.parent; node2 = node2.parent) {
    const parent = node2.parent;
    if (parent.type === "call_expression" && parent.childForFieldName("function")?.id === node2.id) return true;
    if (parent.type === "new_expression" && parent.childForFieldName("constructor")?.id === node2.id) return true;
    const holder2 = parent.type === "as_expression" || parent.type === "satisfies_expression" ? parent.parent : parent;
    if ((node2.type === "object" || node2.type === "array") && (holder2?.type === "assignment_expression" || holder2?.type === "variable_declarator" && moduleLevel(holder2.childForFieldName("name") ?? node2))) return true;
  }
  return false;
}

// core/scan/python-parameters.ts
var PY_CALL = /(?:(?:self|cls)\s*\.\s*|(super)\s*\(\s*\)\s*\.\s*)?([\p{L}_][\p{L}\p{N}_]*)\s*\(/uy;
var OWNER = /(?:self|cls)\s*\./y;
var PY_DEFAULT = /\s*(?::[^=,()\n]*)?=(?!=)\s*/y;
var SLOT_TARGET = /\s*[.[]/y;
var STATIC = /@staticmethod\b/;
var MAX_BASES2 = 4;
function pythonParameters({ source, bindings, captures, resolve, crosses, known, binders }) {
  const { callees, locals, definitions } = captures;
  const defs = /* @__PURE__ */ new Map();
  for (const [node2, outer] of locals) if (outer) defs.set(identifierAt(source, node2.startIndex), [...defs.get(identifierAt(source, node2.startIndex)) ?? [], node2]);
  const occurrences = () => [
    ...definitions.flatMap(([nameNode]) => {
      const name2 = identifierAt(source, nameNode.startIndex);
      if (!name2) return [];
      SLOT_TARGET.lastIndex = nameNode.startIndex + name2.length;
      return SLOT_TARGET.test(source) ? [] : [{ name: name2, at: nameNode.startIndex, scope: bindings.scopeOf(nameNode) }];
    }),
    ...locals.filter(([, outer]) => !outer).map(([node2]) => ({ name: identifierAt(source, node2.startIndex), at: node2.startIndex, scope: bindings.scopeOf(node2) }))
  ];
  const binder = new ParameterBinder(bindings, binders, occurrences);
  const mayResolve = (node2) => source[node2.startIndex] === "(" || known(identifierAt(source, node2.startIndex));
  const range = (node2) => ({ start: node2.startIndex, end: node2.endIndex });
  const defaults = () => {
    let bound = false;
    for (const [node2, outer] of locals) {
      if (outer || !knownDefault(source, node2, known)) continue;
      const name2 = identifierAt(source, node2.startIndex);
      const param = node2.parent;
      const list = param?.parent;
      if (param?.type !== "default_parameter" && param?.type !== "typed_default_parameter" || !list) continue;
      const value = param.childForFieldName("value");
      const path2 = value && resolve(value);
      if (path2 && crosses(path2)) bound = binder.bind(node2, name2, [bindings.scopeOf(node2)], range(list), through(path2, param), param) || bound;
    }
    return bound;
  };
  let first = true;
  const round = (fresh) => {
    let bound = first && defaults();
    first = false;
    const pending = [];
    for (const [callee] of callees) {
      if (fresh && !fresh.covers(callee.startIndex)) continue;
      const match = passingCall2(source, callee, fresh ? (word) => word !== void 0 && fresh.at(word, callee.startIndex) : known, (name3) => defs.has(name3));
      if (!match) continue;
      const { sup, name: name2 } = match;
      const call2 = callee.parent;
      if (call2?.type !== "call") continue;
      const passed = passedArguments2(call2, mayResolve, (node2) => {
        const path2 = resolve(node2);
        return bindable(path2, crosses) ? path2 : void 0;
      });
      if (passed.length === 0) continue;
      binder.reached.add(name2);
      OWNER.lastIndex = callee.startIndex;
      const targets = sup || OWNER.test(source) ? methodTargets(call2, name2, sup) : functionTargets(call2, name2);
      for (const [fn, skipFirst] of targets) pending.push([fn, skipFirst, passed, call2]);
    }
    for (const [fn, skipFirst, passed, call2] of pending) bound = bindParameters(fn, skipFirst, passed, call2) || bound;
    return bound;
  };
  const functionTargets = (call2, name2) => {
    const out2 = [];
    for (const nameNode of (defs.get(name2) ?? []).slice(0, MAX_SAME_NAME)) {
      const def = nameNode.parent;
      if (!encloses(bindings, bindings.scopeOf(nameNode, def), call2.startIndex)) continue;
      if (def.type === "function_definition") out2.push([def, false]);
      else if (def.type === "class_definition") {
        const init3 = methodIn(def, "__init__", false);
        if (init3) out2.push(init3);
      }
    }
    return out2;
  };
  const methodTargets = (call2, name2, sup) => {
    let cls = call2.parent;
    for (let up = 0; cls && cls.type !== "class_definition"; up++) cls = up < MAX_CLASS_WALK ? cls.parent : null;
    const found = cls && methodIn(cls, name2, sup);
    return found ? [found] : [];
  };
  const methodsOf = /* @__PURE__ */ new Map();
  const methods = (cls) => {
    let byName = methodsOf.get(cls.id);
    if (byName) return byName;
    methodsOf.set(cls.id, byName = /* @__PURE__ */ new Map());
    for (const child of cls.childForFieldName("body")?.namedChildren ?? []) {
      const fn = child?.type === "decorated_definition" ? child.childForFieldName("definition") : child;
      const fnName = fn?.type === "function_definition" ? fn.childForFieldName("name")?.text : void 0;
      if (fnName !== void 0 && !byName.has(fnName)) byName.set(fnName, [fn, !STATIC.test(source.slice(child.startIndex, fn.startIndex))]);
    }
    return byName;
  };
  const methodIn = (cls, name2, skipSelf, depth = 0) => {
    if (depth > MAX_BASES2) return void 0;
    const own2 = skipSelf ? void 0 : methods(cls).get(name2);
    if (own2) return own2;
    for (const base of cls.childForFieldName("superclasses")?.namedChildren ?? []) {
      const baseName2 = base?.type === "identifier" ? base.text : base?.type === "subscript" ? base.childForFieldName("value")?.text : void 0;
      for (const nameNode of (baseName2 && defs.get(baseName2) || []).slice(0, MAX_SAME_NAME)) {
        const found = nameNode.parent?.type === "class_definition" ? methodIn(nameNode.parent, name2, false, depth + 1) : void 0;
        if (found) return found;
      }
    }
    return void 0;
  };
  const parameterLists = /* @__PURE__ */ new Map();
  const parameterList = (fn, skipFirst) => {
    const key = `${fn.id}:${skipFirst}`;
    if (parameterLists.has(key)) return parameterLists.get(key);
    const list = fn.childForFieldName("parameters");
    const out2 = list ? { node: list, byPosition: [], byName: /* @__PURE__ */ new Map() } : void 0;
    parameterLists.set(key, out2);
    if (!list || !out2) return void 0;
    let position = skipFirst ? -1 : 0;
    let positional = true;
    for (const param of list.namedChildren) {
      if (!param || param.type === "comment" || param.type === "positional_separator" || param.type === "dictionary_splat_pattern") continue;
      if (param.type === "keyword_separator" || param.type === "list_splat_pattern") {
        positional = false;
        continue;
      }
      const ident = param.type === "identifier" ? param : param.type === "typed_parameter" ? param.namedChild(0) : param.childForFieldName("name");
      const index = positional ? position++ : void 0;
      if (ident?.type !== "identifier") continue;
      if (index !== void 0 && index >= 0) out2.byPosition[index] = [ident, param];
      out2.byName.set(ident.text, [ident, param]);
    }
    return out2;
  };
  const bindParameters = (fn, skipFirst, passed, call2) => {
    const list = parameterList(fn, skipFirst);
    if (!list) return false;
    let bound = false;
    for (const arg of passed) {
      const target = arg.keyword !== void 0 ? list.byName.get(arg.keyword) : arg.position !== void 0 ? list.byPosition[arg.position] : void 0;
      if (!target) continue;
      const [ident, param] = target;
      bound = binder.bind(ident, ident.text, [bindings.scopeOf(ident)], range(list.node), passedThrough(arg.path, call2, param), call2) || bound;
    }
    return bound;
  };
  return { round, facts: { functions: new Set(defs.keys()), reached: binder.reached } };
}
function passedArguments2(call2, mayResolve, resolve) {
  const list = call2.childForFieldName("arguments");
  if (list?.type !== "argument_list") return [];
  const out2 = [];
  let position = 0;
  for (const arg of list.namedChildren) {
    if (!arg || arg.type === "comment") continue;
    if (arg.type === "list_splat" || arg.type === "dictionary_splat") {
      position = void 0;
      continue;
    }
    const keyword = arg.type === "keyword_argument" ? arg.childForFieldName("name")?.text : void 0;
    const value = arg.type === "keyword_argument" ? arg.childForFieldName("value") : arg;
    const at = keyword === void 0 && position !== void 0 ? position++ : void 0;
    const path2 = value?.type === "dictionary" ? dictValue(value, mayResolve, resolve) : value && mayResolve(value) ? resolve(value) : void 0;
    if (path2 && (keyword !== void 0 || at !== void 0)) out2.push({ position: at, keyword, path: path2 });
  }
  return out2;
}
function dictValue(dict, mayResolve, resolve) {
  const entries = /* @__PURE__ */ new Map();
  for (const pair of dict.namedChildren) {
    const key = pair?.type === "pair" ? pair.childForFieldName("key") : null;
    const value = pair?.childForFieldName("value");
    const name2 = key?.type === "string" && !key.namedChildren.some((part) => part?.type === "interpolation") ? stringValue(key) : void 0;
    const path2 = name2 !== void 0 && value && mayResolve(value) ? resolve(value) : void 0;
    if (path2 && !entries.has(name2)) entries.set(name2, [path2, pair]);
  }
  return entries.size ? objectValue(entries) : void 0;
}
function passingCall2(source, callee, known, defined = () => true) {
  PY_CALL.lastIndex = callee.startIndex;
  const match = PY_CALL.exec(source);
  if (!match || !defined(match[2]) || !mayPass(source, PY_CALL.lastIndex - 1, known)) return void 0;
  return { sup: match[1] !== void 0, name: match[2] };
}
function knownDefault(source, node2, known) {
  PY_DEFAULT.lastIndex = node2.startIndex + identifierAt(source, node2.startIndex).length;
  return PY_DEFAULT.test(source) && known(identifierAt(source, PY_DEFAULT.lastIndex));
}

// core/scan/python.ts
var PYTHON_QUERY = `
[(function_definition) (lambda) (list_comprehension) (set_comprehension) (dictionary_comprehension) (generator_expression)] @scope
(class_definition) @scope.class
(import_statement) @import
(import_from_statement) @import
(call function: [(identifier) (attribute) (parenthesized_expression) (call) (subscript)] @callee)
(call arguments: (argument_list [(identifier) (attribute)] @arg))
(call arguments: (argument_list (keyword_argument value: [(identifier) (attribute)] @arg)))
(assignment left: [(identifier) (attribute) (subscript)] @def.name right: (_) @def.value)
(class_definition name: (identifier) @def.name superclasses: (argument_list) @def.value)
(assignment left: [(pattern_list) (tuple_pattern) (list_pattern)] right: [(expression_list) (tuple) (list)] @unpack)
(for_statement left: (identifier) right: [(tuple) (list) (expression_list)] @unpack)
(parameters (identifier) @local)
(parameters (default_parameter name: (identifier) @local))
(parameters (typed_parameter (identifier) @local))
(parameters (typed_default_parameter name: (identifier) @local))
(parameters (list_splat_pattern (identifier) @local))
(parameters (dictionary_splat_pattern (identifier) @local))
(lambda_parameters (identifier) @local)
(function_definition name: (identifier) @outer)
(class_definition name: (identifier) @outer)
(pattern_list (identifier) @local)
(tuple_pattern (identifier) @local)
(for_statement left: (identifier) @local)
(for_in_clause left: (identifier) @local)
(as_pattern_target (identifier) @local)
(named_expression name: (identifier) @local)
(augmented_assignment left: (identifier) @local)
`;
var DYNAMIC = /* @__PURE__ */ new Set(["getattr", "importlib", "import_module", "__import__", "builtins", "__builtins__", "sys", "vars", "object"]);
var IMPORTERS = /* @__PURE__ */ new Set(["importlib.import_module", "import_module", "__import__", "importlib.__import__", "builtins.__import__", "__builtins__.__import__"]);
var INSPECTORS2 = /* @__PURE__ */ new Set(["isinstance", "issubclass", "callable", "id", "type", "repr", "str", "print", "hasattr", "setattr", "delattr", "object", "patch", "wraps", "signature", "getsource", "iscoroutinefunction", "__new__", "cast", "TypeVar", "NewType"]);
function analyzePython(tree, source, language, filter, withComments, timeLimitMs, project2) {
  const { scopes, comments, imports: importNodes, callees, definitions, locals, args: args2 } = collectCaptures(queryOf(language, PYTHON_QUERY, withComments), tree.rootNode, timeLimitMs);
  const bindings = new Bindings(scopes, void 0, (node2) => enclosing(node2, DEFERRED) !== void 0);
  const imports = [];
  const binders = importNodes.map((node2) => node2.startIndex);
  for (const node2 of importNodes) importStatement2(node2, bindings, filter, imports, project2);
  const dynamic = DYNAMIC_TEXT.test(source);
  const constants = new Constants();
  const stateOf = (calls2, passed2, parameters2 = NO_PARAMETERS) => dynamic ? void 0 : { bindings, binders, calls: calls2, passed: passed2, imports, comments: comments.map(commentText), withComments, parameters: parameters2, constants };
  if (bindings.names.size === 0 && bindings.slotRoots.size === 0 && !dynamic && !LOADED_MODULE_TEXT.test(source)) return { calls: [], imports, comments, exports: {}, state: stateOf([], []) };
  const importers = dynamic ? importerAliases(source) : NO_IMPORTERS;
  const resolver = new Resolver2(bindings, filter, source, constants, importers);
  const knownHere = knownIn(bindings);
  const known = importers.size ? (name2) => knownHere(name2) || importers.has(name2) : knownHere;
  const shadowLocals = (fresh) => {
    for (const [node2, outer] of locals) {
      const name2 = identifierAt(source, node2.startIndex);
      if (!shadows2(bindings, name2) || fresh && !fresh.named(name2)) continue;
      const scope = outer ? bindings.scopeOf(node2, node2.parent) : bindings.scopeOf(node2);
      if (scope === bindings.scopes.rootId && !bindings.names.has(name2)) continue;
      binders.push(node2.startIndex);
      bindings.bind(scope, name2, void 0);
      const definition = node2.parent;
      if (outer && !definition.childForFieldName("superclasses") && unconditional(definition)) bindings.shadowStar(scope, name2, definition.endIndex);
    }
  };
  shadowLocals();
  const bindDefinitions = (fresh, mentioned) => {
    for (const [nameNode, value] of definitions) {
      if (mentioned ? !mentioned(nameNode.startIndex, value.startIndex) : fresh && !mentions(source, nameNode.startIndex, value.startIndex, fresh)) continue;
      const { name: name2, simple, classBases, mayResolve, container, assigned } = readDefinition(source, nameNode, value, known);
      if (simple && stringConstant(source, value)) constants.add(name2, value);
      if (!(simple && replaces(bindings, name2)) && !mayResolve) continue;
      binders.push(nameNode.startIndex);
      const { statement, site } = statementOf2(nameNode, value);
      if (container) {
        const topName = simple && bindings.scopeOf(nameNode) === bindings.scopes.rootId;
        const key = simple ? topName ? name2 : void 0 : resolver.slotKey(nameNode);
        if (key) resolver.containerSlots(key, assigned, site, topName);
      }
      const path2 = classBases ? resolver.firstBase(value) : resolver.resolve(assigned);
      if (simple) {
        const scope = classBases ? bindings.scopeOf(nameNode, statement) : bindings.scopeOf(nameNode);
        bindings.bind(scope, name2, path2 && through(path2, site));
        if (!path2 && unconditional(statement) && statement.type !== "for_statement") bindings.shadowStar(scope, name2, statement.endIndex);
        if (path2 && !classBases && statement.parent?.parent?.parent?.type === "class_definition") for (const owner of ["self", "cls"]) bindings.bindSlot(`${owner}.${name2}`, through(path2, site));
      } else if (path2) {
        const key = resolver.slotKey(nameNode);
        if (key) bindings.bindSlot(key, through(path2, site));
      }
    }
  };
  bindDefinitions();
  const parameters = pythonParameters({ source, bindings, captures: { callees, locals, definitions }, resolve: (node2) => resolver.resolve(node2), crosses: (path2) => filter.reachesCrossing(path2), known, binders });
  const rebind = (fresh, mentioned) => {
    shadowLocals(fresh);
    bindDefinitions(fresh, mentioned);
    shadowLocals(fresh);
  };
  followParameters(bindings, parameters.round, (fresh) => rebind(fresh));
  bindFactories({ source, root: tree.rootNode, bindings, known, resolve: (node2) => resolver.resolve(node2), binders, rebind }, PY_FACTORIES);
  shadowLocals();
  if (instanceSlots(bindings)) {
    const fresh = bindings.startFresh();
    for (const [node2, outer] of locals) {
      const definition = node2.parent;
      if (!outer || definition.type !== "class_definition") continue;
      binders.push(node2.startIndex);
      bindings.bind(bindings.scopeOf(node2, definition), identifierAt(source, node2.startIndex), through({ module: FILE_CLASS, members: [] }, { startIndex: definition.startIndex, endIndex: node2.endIndex }));
    }
    rebind(fresh);
  }
  const { calls, passed } = callsOf2(callees, args2, resolver, known, source);
  return { calls: [...calls, ...passed], imports, comments, exports: bindings.exported(), state: stateOf(calls, passed, parameters.facts) };
}
var shadows2 = (bindings, name2) => replaces(bindings, name2) || DYNAMIC.has(name2);
var replaces = (bindings, name2) => bindings.names.has(name2) || bindings.slotPath([name2, ANY_ENTRY]) !== void 0;
var instanceSlots = (bindings) => bindings.slotRoots.has("self") || bindings.slotRoots.has("cls");
var knownIn = (bindings) => (name2) => name2 !== void 0 && (bindings.known(name2) || DYNAMIC.has(name2));
function readDefinition(source, nameNode, value, known) {
  const name2 = identifierAt(source, nameNode.startIndex) ?? "";
  SLOT_TARGET2.lastIndex = nameNode.startIndex + name2.length;
  const simple = name2 !== "" && !SLOT_TARGET2.test(source);
  CHAINED.lastIndex = value.startIndex + (identifierAt(source, value.startIndex)?.length ?? 0);
  const assigned = CHAINED.test(source) ? lastAssigned(value) : value;
  const valueRoot = identifierAt(source, assigned.startIndex);
  const classBases = assigned.type === "argument_list";
  const container = CONTAINER_OPENS.has(source[assigned.startIndex]) && CONTAINERS.has(assigned.type) && watchedLiteral(source, assigned, known);
  const mayResolve = container || (classBases ? identifiersIn(source.slice(assigned.startIndex, Math.min(assigned.endIndex, assigned.startIndex + MAX_BASES_TEXT))).some(known) : known(valueRoot) || mayFallBack(source, assigned.startIndex, assigned.endIndex, known, PY_FALLBACK));
  return { name: name2, simple, classBases, mayResolve, container, assigned };
}
function lastAssigned(value) {
  let node2 = value;
  for (let depth = 0; node2.type === "assignment" && depth < MAX_RESOLVE_DEPTH; depth++) node2 = node2.childForFieldName("right") ?? node2;
  return node2;
}
var CHAINED = /(?:[ \t]*\.[ \t]*\w+|\[[^\]\n]{0,200}\])*[ \t]*=(?!=)/y;
var LITERAL_KEYS = /* @__PURE__ */ new Set(["integer", "float", "true", "false", "none"]);
var CONTAINERS = /* @__PURE__ */ new Set(["dictionary", "list", "tuple"]);
var CONTAINER_OPENS = /* @__PURE__ */ new Set(["{", "[", "("]);
var PATTERNS = /* @__PURE__ */ new Set(["pattern_list", "tuple_pattern", "list_pattern"]);
function statementOf2(target, value) {
  const parent = target.parent;
  const statement = PATTERNS.has(parent.type) ? parent.parent : parent;
  return { statement, site: statement.type === "for_statement" ? { startIndex: statement.startIndex, endIndex: value.parent.endIndex } : statement };
}
function callsOf2(callees, args2, resolver, known, source) {
  const calls = [];
  for (const [captured] of callees) {
    const parenthesized = source[captured.startIndex] === "(";
    const first = parenthesized ? void 0 : identifierAt(source, captured.startIndex);
    if (!parenthesized && !known(first)) continue;
    const callee = parenthesized ? unwrap2(captured) : captured;
    const text = callee.text;
    if (parenthesized && !identifiersIn(text).some(known)) continue;
    const path2 = resolver.resolve(callee, text);
    if (path2 && !path2.returns) calls.push({ start: callee.startIndex, end: callee.endIndex, callee: oneLine(text), path: path2, form: "call" });
  }
  const passed = [];
  for (const arg of args2) {
    if (!known(identifierAt(source, arg.startIndex))) continue;
    const call2 = arg.parent?.type === "keyword_argument" ? arg.parent.parent?.parent : arg.parent?.parent;
    const fn = call2?.type === "call" ? call2.childForFieldName("function") : null;
    if (!fn || INSPECTORS2.has(fn.text.split(".").pop()) || DYNAMIC.has(fn.text.split(".")[0])) continue;
    const path2 = resolver.resolve(arg);
    if (path2 && !path2.returns) passed.push({ start: arg.startIndex, end: arg.endIndex, callee: oneLine(arg.text), path: path2, form: "call", passedTo: oneLine(fn.text) });
  }
  return { calls, passed };
}
var MAX_BASES_TEXT = 1e3;
var SLOT_TARGET2 = /\s*[.[]/y;
var PY_FALLBACK = /^\(|\b(?:or|if)\b/;
var stringConstant = (source, value) => STRING_VALUE.has(value.type) || value.type === "call" && JOINED_LITERAL.test(source.slice(value.startIndex, value.startIndex + 80));
var STRING_VALUE = /* @__PURE__ */ new Set(["string", "concatenated_string", "binary_operator", "parenthesized_expression"]);
var JOINED_LITERAL = /^[rRuU]?(?:'[^'\n]{0,16}'|"[^"\n]{0,16}")\s*\.\s*join\s*\(/;
var DYNAMIC_TEXT = /\b(?:import_module|__import__)\b/;
var IMPORTER_ALIAS = /^[ \t]*(?:from[ \t]+(?:importlib|builtins)[ \t]+import[ \t]+[^\n#]*?\b(?:import_module|__import__)[ \t]+as[ \t]+([A-Za-z_]\w*)|([A-Za-z_]\w*)[ \t]*=[ \t]*(?:(?:importlib|builtins|__builtins__)[ \t]*\.[ \t]*)?(?:import_module|__import__)[ \t]*(?:#.*)?$)/gm;
var NO_IMPORTERS = /* @__PURE__ */ new Set();
function importerAliases(source) {
  return new Set([...source.matchAll(IMPORTER_ALIAS)].map((m) => m[1] ?? m[2]));
}
var LOADED_MODULE_TEXT = /\bmodules\s*\[/;
var DYNAMIC_WORDS = ["import_module", "__import__", "modules"];
function unwrap2(node2) {
  let n = node2;
  for (let inner = namedChildrenOf(n); n.type === "parenthesized_expression" && inner.length === 1; inner = namedChildrenOf(n)) n = inner[0];
  return n;
}
var Resolver2 = class {
  constructor(bindings, filter, source, constants, importers = NO_IMPORTERS) {
    this.bindings = bindings;
    this.filter = filter;
    this.source = source;
    this.constants = constants;
    this.importers = importers;
  }
  bindings;
  filter;
  source;
  constants;
  importers;
  resolve(node2, text = node2.text, depth = 0) {
    if (depth > MAX_RESOLVE_DEPTH) return void 0;
    const chain = simpleChain(text);
    if (chain) return this.classMember(chainPath(this.bindings, chain, node2));
    switch (node2.type) {
      case "attribute": {
        const slot = this.slot(node2);
        if (slot) return this.classMember(slot);
        const object2 = node2.childForFieldName("object");
        const attribute = node2.childForFieldName("attribute");
        const base = object2 && this.resolve(object2, object2.text, depth + 1);
        return base && attribute ? this.classMember(extend(base, attribute.text)) : void 0;
      }
      case "subscript":
        return this.slot(node2) ?? this.loadedModule(node2) ?? this.namespaceEntry(node2, depth) ?? this.anyEntry(node2.childForFieldName("value"), node2.childForFieldName("subscript")) ?? this.dictEntry(node2.childForFieldName("value"), node2.childForFieldName("subscript"), depth);
      case "parenthesized_expression": {
        const inner = namedChildrenOf(node2);
        return inner.length === 1 ? this.resolve(inner[0], inner[0].text, depth + 1) : void 0;
      }
      // `(session or requests).get(u)`, `a if c else b`: either side may be the one called.
      case "boolean_operator":
      case "conditional_expression": {
        for (const side of node2.namedChildren) {
          const path2 = side && this.resolve(side, side.text, depth + 1);
          if (path2) return path2;
        }
        return void 0;
      }
      case "call":
        return this.ofCall(node2, depth);
      default:
        return void 0;
    }
  }
  /** The first base class that resolves (`class Wrapper(openai.DefaultHttpxClient)`). */
  firstBase(bases) {
    for (const base of bases.namedChildren) {
      if (!base || base.type !== "identifier" && base.type !== "attribute") continue;
      const path2 = this.resolve(base);
      if (path2) return path2;
    }
    return void 0;
  }
  /** `getattr(m, "x")`, `importlib.import_module("m")`, `__import__("m")`, or what a client constructor returns. */
  ofCall(node2, depth) {
    const fn = node2.childForFieldName("function");
    const args2 = namedChildrenOf(node2);
    if (!fn) return void 0;
    const name2 = fn.text.replace(/\s+/g, "");
    if (name2 === "getattr" && !this.bindings.declared("getattr", fn)) return this.member(args2[0], args2[1], node2, depth);
    if (IMPORTERS.has(name2) && !this.bindings.declared(name2.split(".")[0], fn) || this.importers.has(name2)) {
      const module2 = this.constants.stringOf(args2[0]);
      if (module2 === void 0 || module2.startsWith(".")) return void 0;
      const dotted = name2.endsWith("__import__") ? module2.split(".")[0] : module2;
      return this.filter.relevant(dotted) ? through({ module: dotted, members: [] }, node2) : void 0;
    }
    const method = fn.type === "attribute" ? fn.childForFieldName("attribute")?.text : void 0;
    const owner = fn.type === "attribute" ? fn.childForFieldName("object") : null;
    if (method === "__getattribute__" && owner) return owner.text === "object" && !this.bindings.declared("object", fn) ? this.member(args2[0], args2[1], node2, depth) : this.member(owner, args2[0], node2, depth);
    if (method === "get" && owner?.type === "attribute" && owner.childForFieldName("attribute")?.text === "__dict__") return this.member(owner.childForFieldName("object"), args2[0], node2, depth);
    if (name2 === "importlib.reload" && !this.bindings.declared("importlib", fn)) return args2[0] ? this.resolve(args2[0], args2[0].text, depth + 1) : void 0;
    const entry = method === "get" ? this.dictEntry(owner, args2[0], depth) : void 0;
    if (entry) return through(entry, node2);
    const base = this.resolve(fn, fn.text, depth + 1);
    if (!base) return this.containerGet(fn, args2, node2);
    if (base.returns) return called(base, node2);
    if (base.module === FILE_CLASS) return base.members.length === 0 ? extend(base, RETURNED) : void 0;
    return this.filter.returnsWatched(base) ? extend(base, RETURNED) : void 0;
  }
  /** `d.get("run")` of a container slot (`d = {"run": subprocess.run}`): the slot `d.run` (asked when `d.get` itself is nothing). */
  containerGet(fn, args2, node2) {
    if (fn.type !== "attribute" || fn.childForFieldName("attribute")?.text !== "get") return void 0;
    const object2 = fn.childForFieldName("object");
    const container = object2 ? this.slotKey(object2) : void 0;
    const key = container !== void 0 ? this.literalKey(args2[0] ?? null) : void 0;
    const slot = key !== void 0 ? this.bindings.slotPath([...container.split("."), key]) : this.anyEntry(object2, args2[0]);
    return slot && through(slot, node2);
  }
  /**
   * `RUNNERS[kind]`, `RUNNERS.get(kind)`: a container literal held by a name of the module's scope, read by a key no
   * constant of the file spells, is its first watched value (as `a or b` is); a constant key names its slot or nothing.
   * A parameter or local of the name hides it.
   */
  anyEntry(container, key) {
    if (container?.type !== "identifier" && container?.type !== "attribute" || !key || this.constantKey(key)) return void 0;
    const chain = this.slotKey(container)?.split(".");
    const entry = chain && !this.bindings.slotPath(chain) ? this.bindings.slotPath([...chain, ANY_ENTRY]) : void 0;
    return entry && this.bindings.fileScoped(chain[0], container) ? entry : void 0;
  }
  /** `opts["sh"]`, `opts.get("sh")` of a parameter given a dict literal (`go({"sh": subprocess.run})`): the entry a constant key names, else nothing. */
  dictEntry(dict, key, depth) {
    const base = dict ? this.resolve(dict, dict.text, depth + 1) : void 0;
    const name2 = base?.properties ? this.constants.stringOf(key) : void 0;
    return name2 !== void 0 ? extend(base, name2) : void 0;
  }
  /** A key written as a literal (a string without `{…}`, a number, `-1`, `True`, `None`) or a string constant of the file. */
  constantKey(key) {
    const literal2 = key.type === "unary_operator" ? key.namedChild(0) : key;
    if (literal2 && LITERAL_KEYS.has(literal2.type)) return true;
    return key.type === "string" ? !key.namedChildren.some((part) => part?.type === "interpolation") : this.constants.stringOf(key) !== void 0;
  }
  /**
   * A member of a class of the file is its `cls.X` slot, a member of an instance of one (`Runner().run`, `r.run` after
   * `r = Runner()`) its `self.X` slot: per file, as the slots are, whichever class of the file assigned them.
   */
  classMember(path2) {
    if (path2?.module !== FILE_CLASS || path2.members.length === 0) return path2;
    const instance2 = path2.members[0] === RETURNED;
    if (instance2 && path2.members.length === 1) return path2;
    const slot = this.bindings.slotPath(instance2 ? ["self", ...path2.members.slice(1)] : ["cls", ...path2.members]);
    return slot && { ...slot, via: [...path2.via ?? [], ...slot.via ?? []].slice(0, MAX_HOPS) };
  }
  /** `getattr(os, "system")`, `vars(os)["system"]`: the member of `object` named by `name`, reached through `site`. */
  member(object2, name2, site, depth) {
    const base = object2 ? this.resolve(object2, object2.text, depth + 1) : void 0;
    return base && through(extend(base, this.constants.stringOf(name2) ?? ANY), site);
  }
  /** `vars(os)["system"]` (`vars` not rebound here), `os.__dict__["system"]`: a module's namespace read by key, as getattr reads it. */
  namespaceEntry(node2, depth) {
    const table = node2.childForFieldName("value");
    if (table?.type === "call") {
      const fn = table.childForFieldName("function");
      const args2 = namedChildrenOf(table);
      return fn?.text === "vars" && args2.length === 1 && !this.bindings.declared("vars", fn) ? this.member(args2[0], node2.childForFieldName("subscript"), node2, depth) : void 0;
    }
    return table?.type === "attribute" && table.childForFieldName("attribute")?.text === "__dict__" ? this.member(table.childForFieldName("object"), node2.childForFieldName("subscript"), node2, depth) : void 0;
  }
  /** `sys.modules["os"]`: a loaded module looked up by its literal name (sys not rebound here). */
  loadedModule(node2) {
    const table = node2.childForFieldName("value");
    if (table?.text.replace(/\s+/g, "") !== "sys.modules" || this.bindings.declared("sys", table)) return void 0;
    const module2 = this.constants.stringOf(node2.childForFieldName("subscript"));
    return module2 !== void 0 && this.filter.relevant(module2) ? through({ module: module2, members: [] }, node2) : void 0;
  }
  /** A watched value stored in an attribute or container slot (`self.client`, `values["client"]`). */
  slot(node2) {
    return slotValue(this.bindings, node2, (n) => this.slotKey(n));
  }
  /** `self.client` → "self.client", `values["client"]` → "values.client"; undefined for anything else. */
  slotKey(node2, depth = 0) {
    if (depth > MAX_RESOLVE_DEPTH) return void 0;
    if (node2.type === "identifier") return node2.text;
    if (node2.type === "attribute") {
      const object2 = node2.childForFieldName("object");
      const base = object2 && this.slotKey(object2, depth + 1);
      const attribute = node2.childForFieldName("attribute");
      return base && attribute ? `${base}.${attribute.text}` : void 0;
    }
    if (node2.type === "subscript") {
      const value = node2.childForFieldName("value");
      const base = value && this.slotKey(value, depth + 1);
      const key = base && this.literalKey(node2.childForFieldName("subscript"));
      return key !== void 0 ? `${base}.${key}` : void 0;
    }
    return void 0;
  }
  /** A container's key written as a literal: a string (or a string constant) that could be a name, or an integer (a list's index). */
  literalKey(node2) {
    const key = node2?.type === "integer" ? node2.text : this.constants.stringOf(node2);
    return key !== void 0 && /^[\w$]+$/.test(key) ? key : void 0;
  }
  /**
   * `{"run": subprocess.run}` held in `key`: the slot `key.run`, reached through its entry; `[subprocess.run]`,
   * `(subprocess.run,)`: the slot `key.0`, reached through the statement (`site`). Held by a name of the module's
   * scope (`anyKey`), its first watched value is also what a computed key reads (anyEntry), reached through the statement.
   */
  containerSlots(key, container, site, anyKey) {
    const dictionary = container.type === "dictionary";
    let index = 0;
    let anyOpen = anyKey;
    for (const entry of container.namedChildren) {
      if (!entry || entry.type === "comment") continue;
      if (entry.type === "list_splat") {
        index = void 0;
        continue;
      }
      if (dictionary && entry.type !== "pair") continue;
      const entryKey = dictionary ? this.literalKey(entry.childForFieldName("key")) : index === void 0 ? void 0 : String(index++);
      const value = dictionary ? entry.childForFieldName("value") : entry;
      const path2 = (entryKey !== void 0 || anyOpen) && value ? this.resolve(value) : void 0;
      if (!path2) continue;
      if (entryKey !== void 0) this.bindings.bindSlot(`${key}.${entryKey}`, through(path2, dictionary ? entry : site));
      if (anyOpen) this.bindings.bindSlot(`${key}.${ANY_ENTRY}`, through(path2, site));
      anyOpen = false;
    }
  }
};
var FUNCTIONS2 = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition"]);
var DEFERRED = /* @__PURE__ */ new Set(["function_definition", "lambda"]);
function unconditional(definition) {
  const statement = definition.parent?.type === "decorated_definition" || definition.parent?.type === "expression_statement" ? definition.parent : definition;
  return statement.parent?.type === "module";
}
function factoryName2(value) {
  const fn = enclosing(value, FUNCTIONS2);
  if (fn?.type !== "function_definition") return void 0;
  const holder = fn.parent?.type === "decorated_definition" ? fn.parent.parent : fn.parent;
  return holder?.type === "module" ? fn.childForFieldName("name") ?? void 0 : void 0;
}
var PY_FACTORIES = { arrows: false, fallback: PY_FALLBACK, ownerName: factoryName2 };
function projectImport2(node2, moduleNode, module2, bindings, project2, scopeOf) {
  for (const child of node2.namedChildren) {
    if (child?.type === "wildcard_import") {
      for (const [name2, path3] of Object.entries(project2.exportsOf(module2))) {
        if (name2.startsWith("_")) continue;
        if (name2.includes(".")) bindings.bindSlot(name2, through(path3, node2));
        else bindings.bind(scopeOf(), name2, through(path3, node2), node2.startIndex);
      }
      continue;
    }
    if (!child || child.id === moduleNode.id || child.type !== "dotted_name" && child.type !== "aliased_import") continue;
    const nameNode = child.type === "aliased_import" ? child.childForFieldName("name") : child;
    const local = child.type === "aliased_import" ? child.childForFieldName("alias") : child;
    if (!nameNode || !local) continue;
    const path2 = project2.lookup(module2, nameNode.text);
    if (path2) bindings.bind(scopeOf(), local.text, through(path2, node2));
    else if (bindNamespace(bindings, local.text, membersOf(project2.exportsOf(module2), nameNode.text), node2)) continue;
    else bindNamespace(bindings, local.text, project2.exportsOf(module2.endsWith(".") ? module2 + nameNode.text : `${module2}.${nameNode.text}`), node2);
  }
}
var pathOf = (dotted, site) => through({ module: dotted, members: [] }, site, false);
function importStatement2(node2, bindings, filter, imports, project2) {
  let scope;
  const scopeOf = () => scope ??= bindings.scopeOf(node2);
  if (node2.type === "import_statement") {
    for (const child of node2.namedChildren) {
      if (!child) continue;
      if (child.type === "dotted_name") {
        const dotted = child.text.replace(/\s+/g, "");
        if (!filter.relevant(dotted)) {
          if (project2) bindNamespace(bindings, dotted, project2.exportsOf(dotted), node2);
          continue;
        }
        const top = dotted.split(".")[0];
        bindings.bind(scopeOf(), top, pathOf(top, node2));
        imports.push({ start: child.startIndex, end: child.endIndex, module: dotted, star: false });
      } else if (child.type === "aliased_import") {
        const nameNode = child.childForFieldName("name");
        const alias = child.childForFieldName("alias");
        const dotted = nameNode?.text.replace(/\s+/g, "");
        if (!dotted || !alias) continue;
        if (!filter.relevant(dotted)) {
          if (project2) bindNamespace(bindings, alias.text, project2.exportsOf(dotted), node2);
          continue;
        }
        bindings.bind(scopeOf(), alias.text, pathOf(dotted, node2));
        imports.push({ start: child.startIndex, end: child.endIndex, module: dotted, star: false });
      }
    }
    return;
  }
  const moduleNode = node2.childForFieldName("module_name");
  if (!moduleNode) return;
  const module2 = moduleNode.text.replace(/\s+/g, "");
  if (moduleNode.type !== "dotted_name" || !filter.relevant(module2)) {
    if (project2) projectImport2(node2, moduleNode, module2, bindings, project2, scopeOf);
    return;
  }
  for (const child of node2.namedChildren) {
    if (!child || child.id === moduleNode.id) continue;
    if (child.type === "wildcard_import") {
      if (!filter.relevant(module2)) continue;
      imports.push({ start: node2.startIndex, end: node2.endIndex, module: module2, star: true });
      for (const member of filter.explicitMembers(module2)) bindings.bind(scopeOf(), member, pathOf(`${module2}.${member}`, node2), node2.startIndex);
    } else if (child.type === "dotted_name" || child.type === "aliased_import") {
      const nameNode = child.type === "aliased_import" ? child.childForFieldName("name") : child;
      const local = child.type === "aliased_import" ? child.childForFieldName("alias") : child;
      if (!nameNode || !local) continue;
      const dotted = `${module2}.${nameNode.text.replace(/\s+/g, "")}`;
      if (!filter.relevant(dotted)) continue;
      bindings.bind(scopeOf(), local.text, pathOf(dotted, node2));
      imports.push({ start: child.startIndex, end: child.endIndex, module: dotted, star: false });
    }
  }
}

// core/scan/python-edit.ts
var IMPORT_WORD = /\bimport\b/;
var DEFINED2 = /\b(?:def|class)\s+([\p{L}_][\p{L}\p{N}_]*)/gu;
function reanalyzePython(state, change, tree, source, language, filter, withComments, timeLimitMs) {
  if (withComments !== state.withComments || DYNAMIC_TEXT.test(source)) return void 0;
  const { bindings } = state;
  const known = knownIn(bindings);
  return reanalyzeRegion(state, change, tree, source, queryOf(language, PYTHON_QUERY, withComments), timeLimitMs, {
    block: "block",
    bindingText: IMPORT_WORD,
    binds: ({ locals, definitions }) => locals.some(([node2, outer]) => shadows2(bindings, identifierAt(source, node2.startIndex)) || !outer && knownDefault(source, node2, known) || outer && instanceSlots(bindings) && node2.parent?.type === "class_definition") || definitions.some(([nameNode, value]) => {
      const { name: name2, simple, mayResolve } = readDefinition(source, nameNode, value, known);
      return simple && (replaces(bindings, name2) || stringConstant(source, value)) || mayResolve;
    }),
    definedNames: (text) => Array.from(text.matchAll(DEFINED2), (m) => m[1]),
    calledWithValue: (text, names) => calledWithValue(text, names, known),
    passingCall: (callee) => {
      const call2 = passingCall2(source, callee, known);
      return call2 && { name: call2.name, method: call2.sup };
    },
    makesFactory: (start2, end) => {
      const resolver = new Resolver2(bindings, filter, source, state.constants);
      return makesFactory(source, tree.rootNode, known, (node2) => resolver.resolve(node2), PY_FACTORIES, start2, end);
    },
    callsOf: ({ callees, args: args2 }) => callsOf2(callees, args2, new Resolver2(bindings, filter, source, state.constants), known, source)
  });
}

// core/scan/spelling.ts
var PLAIN = /^[A-Za-z0-9_$.@-]$/;
var JS_ESCAPE = /\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|([0-7]{1,3}))/g;
var PY_ESCAPE = /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0-7]{1,3}))/g;
var PY_WORD = /[\p{L}\p{M}\p{N}\p{Pc}]*[^\x00-\x7f][\p{L}\p{M}\p{N}\p{Pc}]*/gu;
var ESCAPE_LETTER = { javascript: /[ux0-7]/, python: /[xuU0-7]/ };
var NON_ASCII = /[^\x00-\x7f]/;
var escapesOf = (grammar) => new RegExp(grammar === "python" ? PY_ESCAPE : JS_ESCAPE);
function plainChar(groups) {
  const code = groups[3] !== void 0 ? parseInt(groups[3], 8) : parseInt(groups[0] ?? groups[1] ?? groups[2], 16);
  const char = code <= 1114111 ? String.fromCodePoint(code) : "";
  return PLAIN.test(char) ? char : void 0;
}
function decoded(text, grammar) {
  const plain = text.replace(escapesOf(grammar), (escape, ...groups) => plainChar(groups.slice(0, 4)) ?? escape);
  return grammar === "python" ? plain.normalize("NFKC") : plain;
}
function respelledText(text, grammar) {
  if (!mayRespell(text, grammar)) return void 0;
  const plain = decoded(text, grammar);
  return plain === text ? void 0 : plain;
}
function mayRespell(text, grammar) {
  const letter = ESCAPE_LETTER[grammar === "python" ? "python" : "javascript"];
  for (let at = text.indexOf("\\"); at >= 0; at = text.indexOf("\\", at + 1)) if (letter.test(text.charAt(at + 1))) return true;
  return grammar === "python" && NON_ASCII.test(text);
}
var STRINGS = /* @__PURE__ */ new Set(["string", "template_string"]);
var JS_NAMES = /* @__PURE__ */ new Set(["identifier", "property_identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern", "private_property_identifier", "type_identifier"]);
function respelledNames(tree, text, grammar) {
  const found = /* @__PURE__ */ new Map();
  const report = (node2) => {
    if (!found.has(node2.startIndex)) found.set(node2.startIndex, { node: node2, reads: decoded(node2.text, grammar) });
  };
  for (const m of text.matchAll(escapesOf(grammar))) {
    if (plainChar(m.slice(1, 5)) === void 0) continue;
    const at = tree.rootNode.descendantForIndex(m.index, m.index + m[0].length);
    if (!at) continue;
    if (at.type === "escape_sequence" && at.startIndex === m.index && at.text === m[0]) {
      const string4 = enclosing2(at, STRINGS);
      if (string4 && namesSomething(string4, grammar)) report(string4);
    } else if (grammar !== "python" && JS_NAMES.has(at.type)) report(at);
  }
  if (grammar === "python") {
    for (const m of text.matchAll(PY_WORD)) {
      const reads = m[0].normalize("NFKC");
      if (reads === m[0] || /[^\x00-\x7f]/.test(reads)) continue;
      const at = tree.rootNode.descendantForIndex(m.index, m.index + m[0].length);
      if (at?.type === "identifier") report(at);
    }
  }
  return [...found.values()].sort((a, b) => a.node.startIndex - b.node.startIndex);
}
function namesSomething(string4, grammar) {
  const literal2 = /^([A-Za-z]*)("""|'''|"|'|`)([\s\S]*)\2$/.exec(string4.text);
  if (!literal2 || grammar === "python" && /b/i.test(literal2[1])) return false;
  return /^[A-Za-z0-9_$.@\/-]+$/.test(decoded(literal2[3], grammar));
}
function enclosing2(node2, types) {
  for (let n = node2.parent; n; n = n.parent) if (types.has(n.type)) return n;
  return void 0;
}

// core/scan/javascript-comments.ts
function someInCode(text, occurrences) {
  const reader = new CommentReader(text);
  occurrences.lastIndex = 0;
  for (let m = occurrences.exec(text); m; m = occurrences.exec(text)) if (!reader.inComment(m.index)) return true;
  return false;
}
var EXPRESSION_BEFORE = new Set("(,=:[!&|?{};+-*%<>~^");
var EXPRESSION_KEYWORDS = /* @__PURE__ */ new Set(["return", "typeof", "instanceof", "in", "new", "delete", "void", "throw", "case", "do", "else", "default", "extends", "break", "continue", "debugger"]);
var LABEL_KEYWORDS = /* @__PURE__ */ new Set(["break", "continue"]);
var CONTEXTUAL_KEYWORDS = /* @__PURE__ */ new Set(["await", "yield", "of", "let", "async", "get", "set", "static"]);
var CODE_STOP = /["'`/{}<()]/g;
var HEAD_KEYWORDS = /* @__PURE__ */ new Set(["if", "while", "for", "with"]);
var IN_TEXT = -1;
var isIdentifierChar = (c) => /[\p{ID_Continue}$\u200c\u200d]/u.test(c);
var isSpace = (c) => /\s/.test(c);
var CommentReader = class {
  constructor(text) {
    this.text = text;
    if (text.startsWith("#!")) this.comment(0, lineEnd(text, 0));
    const html = [text.indexOf("<!--"), text.indexOf("-->")].filter((i2) => i2 >= 0);
    if (html.length) this.unsureFrom = Math.min(...html);
  }
  text;
  /** Comment ranges found so far, in order: [start, end). */
  comments = [];
  /** Where reading goes on; everything before it is classified. */
  at = 0;
  /** From here on, nothing is a comment (the reader met something it cannot read for sure). */
  unsureFrom = Number.POSITIVE_INFINITY;
  /** Open templates, innermost last: IN_TEXT, or the brace depth at which the `${…}` the reader is in closes. */
  templates = [];
  depth = 0;
  /** Open parentheses, innermost last: does each close a statement head (`if (…)`) rather than a value? */
  parens = [];
  /** Did the `)` at `previous` close a statement head? */
  previousClosedHead = false;
  /** The last character of code before `at` that was not white space or a comment (a literal's last character counts as a value). */
  previous = -1;
  /** Is this offset inside a comment, for certain? */
  inComment(offset) {
    while (this.at <= offset && offset < this.unsureFrom) this.step();
    if (offset >= this.unsureFrom) return false;
    for (let i2 = this.comments.length - 1; i2 >= 0; i2--) {
      const [start2, end] = this.comments[i2];
      if (end <= offset) return false;
      if (start2 <= offset) return true;
    }
    return false;
  }
  /** Read one token of code (or the rest of a template's text) from `at`. */
  step() {
    const { text } = this;
    if (this.at >= text.length) {
      this.at = text.length + 1;
      return;
    }
    if (this.templates.at(-1) === IN_TEXT) return this.templateText();
    CODE_STOP.lastIndex = this.at;
    const stop2 = CODE_STOP.exec(text);
    if (!stop2) {
      this.markCode(this.at, text.length);
      this.at = text.length + 1;
      return;
    }
    const i2 = stop2.index;
    this.markCode(this.at, i2);
    const c = text[i2];
    if (c === "/") {
      const next = text[i2 + 1];
      if (next === "/") return this.comment(i2, lineEnd(text, i2));
      if (next === "*") {
        const close = text.indexOf("*/", i2 + 2);
        return close < 0 ? this.unsure(i2) : this.comment(i2, close + 2);
      }
      const expression = this.expressionMayStart();
      if (expression === void 0) return this.unsure(i2);
      if (!expression) return this.code(i2);
      return this.literal(i2, regexEnd(text, i2));
    }
    if (c === "<") {
      const expression = this.expressionMayStart();
      return expression !== false && /^\s*[\p{L}_$>]/u.test(text.slice(i2 + 1, i2 + 64)) ? this.unsure(i2) : this.code(i2);
    }
    if (c === '"' || c === "'") return this.literal(i2, stringEnd(text, i2));
    if (c === "`") {
      this.templates.push(IN_TEXT);
      this.at = i2 + 1;
      return;
    }
    if (c === "(") {
      this.parens.push(HEAD_KEYWORDS.has(this.headWord(i2) ?? ""));
      return this.code(i2);
    }
    if (c === ")") {
      const head = this.parens.pop();
      if (head === void 0) return this.unsure(i2);
      this.code(i2);
      this.previousClosedHead = head;
      return;
    }
    if (c === "{") this.depth++;
    else if (this.templates.at(-1) === this.depth) {
      this.templates[this.templates.length - 1] = IN_TEXT;
      this.at = i2 + 1;
      return;
    } else if (this.depth === 0) return this.unsure(i2);
    else this.depth--;
    this.code(i2);
  }
  /** A template's text from `at`: to its closing backtick, or into a `${…}`. */
  templateText() {
    const { text } = this;
    for (let i2 = this.at; i2 < text.length; i2++) {
      const c = text[i2];
      if (c === "\\") i2++;
      else if (c === "`") {
        this.templates.pop();
        this.previous = i2;
        this.at = i2 + 1;
        return;
      } else if (c === "$" && text[i2 + 1] === "{") {
        this.templates[this.templates.length - 1] = this.depth;
        this.previous = i2 + 1;
        this.at = i2 + 2;
        return;
      }
    }
    this.unsure(this.at);
  }
  /**
   * May an expression start here (so `/` opens a regular expression, `<` JSX)? false: an operator is expected
   * (`/` divides); undefined: it depends on what this reader does not track.
   */
  expressionMayStart() {
    const { text } = this;
    if (this.previous < 0) return true;
    const c = text[this.previous];
    if (c === ")") return this.previousClosedHead;
    if (c === "}") return void 0;
    if (c === "+" || c === "-") return text[this.previous - 1] === c ? false : true;
    if (EXPRESSION_BEFORE.has(c)) return true;
    if (c === "]" || c === "." || c === '"' || c === "'" || c === "`" || c === "/") return false;
    if (!isIdentifierChar(c)) return void 0;
    const word = this.wordBefore(this.previous + 1);
    const start2 = this.previous + 1 - word.length;
    if (/[.#]\s*$/.test(text.slice(Math.max(0, start2 - 16), start2))) return false;
    if (CONTEXTUAL_KEYWORDS.has(word)) return void 0;
    return EXPRESSION_KEYWORDS.has(word) || LABEL_KEYWORDS.has(this.wordBefore(start2) ?? "");
  }
  /** The word (identifier or keyword) ending right before `end`, white space skipped; undefined if none. */
  wordBefore(end) {
    const { text } = this;
    let last = end - 1;
    while (last >= 0 && isSpace(text[last])) last--;
    let start2 = last + 1;
    while (start2 > 0 && isIdentifierChar(text[start2 - 1])) start2--;
    return start2 <= last ? text.slice(start2, last + 1) : void 0;
  }
  /** The keyword before a `(` that may head a statement: `for await (` is `for`'s. */
  headWord(paren) {
    const word = this.wordBefore(paren);
    if (word !== "await") return word;
    const at = this.text.lastIndexOf("await", paren);
    return this.wordBefore(at);
  }
  markCode(from, to) {
    for (let i2 = to - 1; i2 >= from; i2--) {
      if (!isSpace(this.text[i2])) {
        this.previous = i2;
        return;
      }
    }
  }
  /** One character of code at `i` (a `/` that divides, a brace, a parenthesis). */
  code(i2) {
    this.previous = i2;
    this.previousClosedHead = false;
    this.at = i2 + 1;
  }
  comment(start2, end) {
    this.comments.push([start2, end]);
    this.at = end;
  }
  /** A string or regular expression literal from `start` to `end` (undefined: unterminated on its line). */
  literal(start2, end) {
    if (end === void 0) return this.unsure(start2);
    this.previous = end - 1;
    this.at = end;
  }
  unsure(from) {
    this.unsureFrom = from;
    this.at = this.text.length + 1;
  }
};
var LINE_TERMINATOR = /[\n\r\u2028\u2029]/g;
function lineEnd(text, from) {
  LINE_TERMINATOR.lastIndex = from;
  return LINE_TERMINATOR.exec(text)?.index ?? text.length;
}
function stringEnd(text, start2) {
  const quote = text[start2];
  for (let i2 = start2 + 1; i2 < text.length; i2++) {
    const c = text[i2];
    if (c === "\\") i2++;
    else if (c === quote) return i2 + 1;
    else if (c === "\n" || c === "\r") return void 0;
  }
  return void 0;
}
function regexEnd(text, start2) {
  let inClass = false;
  for (let i2 = start2 + 1; i2 < text.length; i2++) {
    const c = text[i2];
    if (c === "\\") i2++;
    else if (c === "\n" || c === "\r") return void 0;
    else if (inClass && c === "[") return void 0;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "/") {
      let end = i2 + 1;
      while (end < text.length && /[a-z]/.test(text[end])) end++;
      return end;
    }
  }
  return void 0;
}

// core/scan/ruleset.ts
var EXCEPTION_NAME = /(Error|Exception|Warning)$/;
var LanguageRules = class {
  constructor(language, specs) {
    this.language = language;
    this.specs = specs;
    for (const spec of specs) {
      const list = this.byModule.get(spec.module) ?? [];
      list.push(spec);
      this.byModule.set(spec.module, list);
    }
    const modules = [...this.byModule.keys()];
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    if (language === "python") {
      const tops = [...new Set(modules.map((m) => m.split(".")[0]))];
      const names = `(?:${tops.map(escape).join("|")})`;
      const importAt = new RegExp(`(?<=(?:^|[;:])[ \\t]*)(?:from[ \\t]+${names}\\b|import[ \\t](?:[^\\n#\\\\;]|\\\\[\\s\\S])*?\\b${names}\\b)`, "my");
      const quoted = new RegExp(`['"]${names}[.'"]`);
      const dynamicAt = atOnePlace([DYNAMIC_TEXT, LOADED_MODULE_TEXT]);
      this.prefilter = (text) => atWords(text, PY_STATEMENT_WORDS, (at) => matchesAt(importAt, text, at)) || atWords(text, PY_DYNAMIC_WORDS, (at) => matchesAt(dynamicAt, text, at)) && (quoted.test(text) || PY_JOINED_STRING.test(text));
      this.filter = {
        relevant: (dotted) => modules.some((m) => m === dotted || m.startsWith(`${dotted}.`) || dotted.startsWith(`${m}.`)),
        explicitMembers: (module2) => this.explicitMembers(module2),
        returnsWatched: (path2) => this.returnsWatched(path2),
        reachesCrossing: (path2) => this.reachesCrossing(path2)
      };
    } else {
      const specifierNames = modules.filter((m) => m !== GLOBAL);
      const globalSpecs = this.byModule.get(GLOBAL) ?? [];
      const rootsOf = (specs2) => new Set(specs2.flatMap((s) => Object.keys(s.members).map((m) => m.split(".")[0])));
      const globals = [...rootsOf(globalSpecs)];
      const called2 = rootsOf(globalSpecs.filter((s) => s.form !== "new"));
      const constructedOnly = globals.filter((g) => !called2.has(g));
      const specifiers = specifierNames.length ? new RegExp(`(?:\\bfrom|\\bimport|\\brequire)\\s*\\(?\\s*['"\`](?:node:)?(?:${specifierNames.map(escape).join("|")})['"\`]`) : void 0;
      const globalUse = globals.length ? globalOccurrences(globals.map(escape), constructedOnly.map(escape)) : void 0;
      const globalWord = globals.length ? new RegExp(`(?<![\\w$])(?:${globals.map(escape).join("|")})(?![\\w$])`, "g") : void 0;
      const computed = new RegExp(
        [
          String.raw`\b(?:require|import)\s*\(\s*[^\s'"\`)]|\brequire\s*\.\s*call\s*\(|\bcreateRequire\s*\(`,
          String.raw`(?<=(?:[=(,:?[]|\breturn)\s*)require\s*(?:[;,)\]}:]|\n)`,
          String.raw`\b(?:from|import|require)\s*(?:\(\s*)?(?:(?:${JS_COMMENT}\s*){1,16}['"\`]|(?:${JS_COMMENT}\s*){0,15}(?:\/\*(?:[^*]|\*(?!\/)){4000}|\/\/[^\n]{4000})|(?:${JS_COMMENT}\s*){17})`
        ].join("|")
      );
      const quoted = specifierNames.length ? new RegExp(`['"\`](?:node:)?(?:${specifierNames.map(escape).join("|")})['"\`]`) : void 0;
      const loaderAt = atOnePlace(specifiers ? [specifiers, JS_JOINED_SPECIFIER] : [JS_JOINED_SPECIFIER]);
      const computedAt = atOnePlace([computed]);
      const globalLiterals = coveringLiterals(globals);
      this.prefilter = (text) => {
        let computedLoad = false;
        const loads = atWords(text, LOADER_WORDS, (at) => {
          if (matchesAt(loaderAt, text, at)) return true;
          computedLoad ||= matchesAt(computedAt, text, at);
          return false;
        });
        if (loads) return true;
        if (computedLoad && (Boolean(quoted?.test(text)) || JS_JOINED_STRING.test(text))) return true;
        const named2 = globalLiterals.some((literal2) => literal2.in(text));
        if (named2 && someInCode(text, globalUse)) return true;
        if (!GLOBAL_OBJECT_LITERALS.some((literal2) => literal2.in(text))) return false;
        return globalUse !== void 0 && JS_COMPUTED_GLOBAL.test(text) && JS_JOINED_STRING.test(text) || named2 && someInCode(text, JS_WHOLE_GLOBAL_OBJECT) && someInCode(text, globalWord);
      };
      this.filter = { relevant: (module2) => module2 !== GLOBAL && this.byModule.has(module2), explicitMembers: (module2) => this.explicitMembers(module2), returnsWatched: (path2) => this.returnsWatched(path2), reachesCrossing: (path2) => this.reachesCrossing(path2) };
    }
  }
  language;
  specs;
  filter;
  /** Cheap test: a file that fails it cannot contain a match (every match needs this text), so it is not parsed. */
  prefilter;
  byModule = /* @__PURE__ */ new Map();
  /** The members the table names of a module (what `from os import *` or `export * from "child_process"` brings). */
  explicitMembers(module2) {
    return [...new Set((this.byModule.get(module2) ?? []).flatMap((s) => Object.entries(s.members).filter(([m, kind]) => kind !== "inert" && m !== DEFAULT && /^[\w$]+$/.test(m)).map(([m]) => m)))];
  }
  /**
   * Every spec a resolved call matches. A `passed` value (handed to another function) matches only a
   * member function of kind call: a module or a class passed around is not called by the receiver.
   */
  match(path2, form, passed = false) {
    const out2 = [];
    for (const { spec, members: members2 } of this.specsOf(path2)) {
      if (spec.form !== "any" && spec.form !== form) continue;
      const kind = kindOf(spec, members2);
      if (passed ? kind !== "call" || members2.length === 0 || members2.includes(ANY) : kind !== "call" && kind !== "client") continue;
      const member = memberKey(members2);
      out2.push({ spec, target: spec.module === GLOBAL ? member : member ? `${spec.module}${member.startsWith(RETURNED) ? "" : "."}${member}` : spec.module, member });
    }
    return out2;
  }
  /** Is what a call of `path` returns worth following: an object the table lists members of (`socket.socket()` → `.connect`)? */
  returnsWatched(path2) {
    for (const { spec, members: members2 } of this.specsOf(path2)) {
      const prefix = `${memberKey(members2)}${RETURNED}.`;
      if (members2.length > 0 && Object.keys(spec.members).some((m) => m.startsWith(prefix))) return true;
    }
    return false;
  }
  /** See ModuleFilter.reachesCrossing: the path's own kind is call or client, or the table lists such a member below it (`*` included). */
  reachesCrossing(path2) {
    const below = (spec, key) => Object.entries(spec.members).some(([m, kind]) => kind !== "inert" && (key === "" || m === ANY || m.startsWith(`${key}.`) || m.startsWith(`${key}${RETURNED}`)));
    for (const { spec, members: members2 } of this.specsOf(path2)) {
      const kind = kindOf(spec, members2);
      if (kind === "call" || kind === "client" || below(spec, memberKey(members2))) return true;
    }
    const dotted = `${[path2.module, ...path2.members].join(".")}.`;
    if (this.language === "python") {
      for (const [module2, specs] of this.byModule) if (module2.startsWith(dotted) && specs.some((spec) => below(spec, ""))) return true;
    }
    return false;
  }
  /** The specs whose module a path lies under, each with the member path below that module. */
  *specsOf(path2) {
    if (this.language === "javascript") {
      for (const spec of this.byModule.get(path2.module) ?? []) yield { spec, members: path2.members };
      return;
    }
    const dotted = [path2.module, ...path2.members].join(".");
    for (const [module2, specs] of this.byModule) {
      if (dotted !== module2 && !dotted.startsWith(`${module2}.`)) continue;
      const members2 = dotted === module2 ? [] : dotted.slice(module2.length + 1).split(".");
      for (const spec of specs) yield { spec, members: members2 };
    }
  }
};
var PY_JOINED_STRING = /['"][ \t]*\+|\+[ \t]*[rRbBuU]?['"]|['"][ \t]+[rRbBuU]?['"]|['"]\s*\.\s*join\s*\(/;
var JS_JOINED_STRING = /['"`]\s*\+|\+\s*['"`]|`[^`]*\$\{|\]\s*(?:\.\s*join|\[\s*['"`]join['"`]\s*\])\s*\(|['"`]\s*\.\s*concat\s*\(/;
var JS_JOINED_SPECIFIER = /\b(?:require|import)\s*\(\s*(?:['"][^'"\n]*['"]\s*(?:\+|\.\s*concat\s*\()|`[^`]*\$\{)/;
var GLOBAL_OBJECTS2 = ["globalThis", "window", "self", "global"];
var GLOBAL_OBJECT = `(?:${GLOBAL_OBJECTS2.join("|")})`;
var JS_COMPUTED_GLOBAL = new RegExp(String.raw`\b${GLOBAL_OBJECT}\s*\??\.?\s*\[\s*(?!['"\`][\w$]*['"\`]\s*\])`);
var JS_WHOLE_GLOBAL_OBJECT = new RegExp(String.raw`(?<![\w$.])${GLOBAL_OBJECT}(?![\w$]|\s*(?:\??\.|\[))`, "g");
var GLOBAL_OBJECT_LITERALS = coveringLiterals(GLOBAL_OBJECTS2);
var LOADER_WORDS = ["from", "import", "require", "createRequire"].map((word) => new Literal(word));
var JS_COMMENT = String.raw`(?:\/\*(?:[^*]|\*(?!\/)){0,4000}\*\/|\/\/[^\n]{0,4000}\n)`;
var PY_STATEMENT_WORDS = ["from", "import"].map((word) => new Literal(word));
var PY_DYNAMIC_WORDS = DYNAMIC_WORDS.map((word) => new Literal(word));
var atOnePlace = (patterns) => new RegExp(patterns.map((p) => `(?:${p.source})`).join("|"), "y");
function matchesAt(test, text, at) {
  test.lastIndex = at;
  return test.test(text);
}
function atWords(text, words, visit2) {
  for (const word of words) for (let at = word.indexIn(text); at >= 0; at = word.indexIn(text, at + 1)) if (visit2(at)) return true;
  return false;
}
function coveringLiterals(words) {
  return words.filter((word, i2) => !words.some((other, j) => j !== i2 && word.includes(other) && (other !== word || j < i2))).map((word) => new Literal(word));
}
function globalOccurrences(names, constructedOnly) {
  const any2 = `(?:${names.join("|")})`;
  const bare = names.filter((n) => !constructedOnly.includes(n));
  return new RegExp(
    [
      ...bare.length ? [`(?<![\\w$])(?<!\\.\\s*)(?:${bare.join("|")})(?![\\w$]|\\s*\\??:|\\s*=(?![=>]))`] : [],
      ...constructedOnly.length ? [`\\bnew\\s+(?:${constructedOnly.join("|")})(?![\\w$])`] : [],
      `\\b${GLOBAL_OBJECT}\\s*\\??\\.\\s*${any2}(?![\\w$])`,
      `\\[\\s*['"\`]${any2}['"\`]\\s*\\]`
    ].join("|"),
    "g"
  );
}
var memberKey = (members2) => members2.join(".").replaceAll(`.${RETURNED}`, RETURNED);
function kindOf(spec, members2) {
  if (members2.some((m) => DUNDER.test(m) && m !== "__init__" && m !== "__call__")) return "inert";
  for (let n = members2.length; n >= 0; n--) {
    const kind = spec.members[n === 0 ? DEFAULT : memberKey(members2.slice(0, n))];
    if (kind === void 0) continue;
    if (n === members2.length || kind === "inert") return kind;
    if (kind === "client") return "inert";
    break;
  }
  const rest = spec.members[ANY];
  if (!rest) return void 0;
  if (members2.some((m) => EXCEPTION_NAME.test(m))) return "inert";
  return members2.includes(RETURNED) ? void 0 : rest;
}
var DUNDER = /^__\w+__$/;
function compileRules(config2) {
  const on = (id) => config2.rules[id] !== "off";
  const specs = [...DEFAULT_SPECS.filter((s) => on(RULE_OF_CATEGORY[s.category].id)), ...config2.custom.filter((c) => on(c.id) && on(customBoundary.id)).map(customSpec)];
  return {
    python: new LanguageRules("python", specs.filter((s) => s.language === "python")),
    javascript: new LanguageRules("javascript", specs.filter((s) => s.language === "javascript"))
  };
}

// core/scan/suppress.ts
var MARKER = /\b(flowgate|agentledger):\s*(ignore-boundary|ignore-next-line)(?![\w-])/g;
var mayHaveSuppression = (text) => text.includes("ignore-boundary") || text.includes("ignore-next-line");
function suppressionsOf(comments, lines) {
  const out2 = [];
  for (const node2 of comments) {
    const text = node2.text;
    if (!mayHaveSuppression(text)) continue;
    for (const m of text.matchAll(MARKER)) {
      const start2 = node2.startIndex + m.index;
      const end = start2 + m[0].length;
      const rest = text.slice(m.index + m[0].length).split(/\r?\n/)[0];
      const reason = /^\s*--\s*(.*)$/.exec(rest)?.[1]?.replace(/\*\/\s*$/, "").trim();
      const kind = m[2] === "ignore-boundary" ? "same-line" : "next-line";
      const target = kind === "same-line" ? lines.position(start2).line : lines.position(node2.endIndex).line + 1;
      out2.push({ marker: `${m[1]}: ${m[2]}`, kind, target, reason: reason && !/^TODO\b/i.test(reason) ? reason : void 0, start: start2, end });
    }
  }
  return out2;
}

// core/scan/scan.ts
var DEFAULT_SCAN_CONFIG = scanConfigSchema.parse({});
var DEFAULT_TIME_LIMIT_MS = 5e3;
var SUPPRESSIBLE = /* @__PURE__ */ new Set([...BOUNDARY_RULES.map((r) => r.id), starImport.id]);
var LANGUAGE_NAME = { python: "Python", javascript: "JavaScript", typescript: "TypeScript", tsx: "TSX" };
var Scanner = class _Scanner {
  constructor(grammars, rules, config2, maxBytes, timeLimitMs, links) {
    this.grammars = grammars;
    this.rules = rules;
    this.config = config2;
    this.maxBytes = maxBytes;
    this.timeLimitMs = timeLimitMs;
    this.links = links;
  }
  grammars;
  rules;
  config;
  maxBytes;
  timeLimitMs;
  links;
  static async create(options = {}) {
    const config2 = options.config ?? DEFAULT_SCAN_CONFIG;
    return new _Scanner(await loadGrammars(options.grammars), compileRules(config2), config2, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES, options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS, new LinkReader(options.projectPrefixes));
  }
  /**
   * Scan source text held in memory (the editor's buffer). `path` picks the language and names the file
   * in findings. The last trees of recently scanned paths are kept, so a rescan after an edit re-parses
   * incrementally; call forget(path) when the document closes.
   */
  scanSource(path2, text, project2, sliceMs) {
    return this.scan(path2, text, true, project2, void 0, sliceMs).findings;
  }
  /** Free every kept tree (the scanner stays usable). */
  dispose() {
    for (const path2 of /* @__PURE__ */ new Set([...this.documents.keys(), ...this.paused.keys()])) this.forget(path2);
    this.idleParser?.delete();
    this.idleParser = void 0;
  }
  /** Drop the tree kept for an in-memory document. */
  forget(path2) {
    for (const key of [path2, projectKey(path2)]) {
      this.unpause(key);
      const kept = this.documents.get(key);
      kept?.tree.delete();
      kept?.clean?.tree.delete();
      this.documents.delete(key);
    }
  }
  documents = /* @__PURE__ */ new Map();
  /** Editor documents whose parse ran past its slice, resumed by the next scan of the same text (one parser each). */
  paused = /* @__PURE__ */ new Map();
  /** The parser editor documents' parses run on when none is paused: a paused parse holds its parser's state, so it is never the one the gate's files use. */
  idleParser;
  /**
   * Parse, reusing the previous tree of the same document when there is one (one edit spanning the
   * change); with the previous analysis's state, also what changed, for a re-analysis of only that.
   * While the document has syntax errors its last error-free tree is kept too: tree-sitter cannot reuse what
   * its error recovery swallowed, so the keystroke that repaired a commented-out `def` re-parsed the rest of a
   * 5,000-line file from the broken tree (39 ms), and re-parses only the edit from the error-free one (~2 ms).
   * With `sliceMs`, an edited document's parse stops after that long and comes back `pending` (the previous
   * document is left as it was); the next call with the same text resumes it where it stopped (tree-sitter
   * resumes a cancelled parse: the finished tree is the one an uninterrupted parse makes).
   */
  parseDocument(path2, grammar, text, sliceMs) {
    let previous = this.documents.get(path2);
    if (previous && previous.grammar !== grammar) {
      this.forget(path2);
      previous = void 0;
    }
    const resumed = this.paused.get(path2);
    if (resumed && (resumed.text !== text || resumed.grammar !== grammar || previous?.text === text)) this.unpause(path2);
    let tree;
    let change;
    let clean;
    if (previous && previous.text === text) {
      tree = previous.tree;
      clean = previous.clean;
      change = previous.state ? { before: previous.text, edit: editBetween(previous.text, text), changed: [] } : void 0;
      this.documents.delete(path2);
    } else {
      const run2 = this.paused.get(path2) ?? this.startParse(previous, grammar, text);
      this.paused.delete(path2);
      const remaining = this.timeLimitMs - run2.spentMs;
      const slice = sliceMs !== void 0 && previous ? Math.min(sliceMs, remaining) : remaining;
      const began = performance.now();
      const deadline = began + slice;
      tree = run2.parser.parse(text, run2.base ?? null, { progressCallback: () => performance.now() > deadline });
      run2.spentMs += performance.now() - began;
      if (!tree && previous && run2.spentMs < this.timeLimitMs) {
        this.paused.set(path2, run2);
        if (this.paused.size > KEPT_DOCUMENTS) this.unpause(this.paused.keys().next().value);
        return { tree: null, pending: { edit: editBetween(previous.text, text) } };
      }
      let reuse;
      if (previous) {
        const edit = editBetween(previous.text, text);
        if (run2.fromClean) {
          clean = previous.clean;
          if (tree && clean?.state && !tree.rootNode.hasError) reuse = { state: clean.state, change: { before: clean.text, edit: run2.baseEdit, changed: run2.base.getChangedRanges(tree) } };
        } else {
          clean = previous.tree.rootNode.hasError ? void 0 : { text: previous.text, tree: previous.tree.copy() };
          previous.clean?.tree.delete();
        }
        previous.tree.edit(edit);
        const changed = tree ? previous.tree.getChangedRanges(tree) : [];
        if (clean && !run2.fromClean && previous.state && tree?.rootNode.hasError && Math.max(...changed.map((r) => r.endIndex)) - Math.min(...changed.map((r) => r.startIndex)) > CLEAN_BASE_SPAN) {
          clean.state = previous.state;
          previous.state = void 0;
        }
        if (tree && previous.state) change = { before: previous.text, edit, changed };
        previous.tree.delete();
      }
      this.release(run2, tree !== null);
      this.documents.delete(path2);
      if (reuse) {
        clean.tree.delete();
        this.keep(path2, { text, tree, grammar });
        return { tree, kept: this.documents.get(path2), reuse };
      }
    }
    if (clean && (!tree || !tree.rootNode.hasError)) {
      if (clean.tree !== tree) clean.tree.delete();
      clean = void 0;
    }
    if (!tree) return { tree };
    const kept = this.keep(path2, { text, tree, grammar, ...clean ? { clean } : {} });
    return { tree, kept, reuse: change && previous?.state ? { state: previous.state, change } : void 0 };
  }
  keep(path2, kept) {
    this.documents.set(path2, kept);
    if (this.documents.size > KEPT_DOCUMENTS) this.forget(this.documents.keys().next().value);
    return kept;
  }
  /** A parse of an edited document: from its last error-free tree when the text is back near it, else from its previous tree. */
  startParse(previous, grammar, text) {
    const parser = this.idleParser ?? new import_tree_sitter_wasm3.Parser();
    this.idleParser = void 0;
    parser.setLanguage(this.grammars.languages[grammar]);
    if (!previous) return { text, grammar, parser, fromClean: false, spentMs: 0 };
    const fromClean = previous.tree.rootNode.hasError && previous.clean ? editBetween(previous.clean.text, text) : void 0;
    const nearClean = fromClean !== void 0 && Math.max(fromClean.oldEndIndex, fromClean.newEndIndex) - fromClean.startIndex <= CLEAN_BASE_SPAN;
    const base = nearClean ? previous.clean.tree.copy() : previous.tree.copy();
    const baseEdit = nearClean ? fromClean : editBetween(previous.text, text);
    base.edit(baseEdit);
    return { text, grammar, parser, base, baseEdit, fromClean: nearClean, spentMs: 0 };
  }
  /** A finished (or abandoned) parse gives its parser back; one left mid-parse must be reset before it parses other text. */
  release(run2, finished) {
    run2.base?.delete();
    if (!finished) run2.parser.reset();
    if (this.idleParser) run2.parser.delete();
    else this.idleParser = run2.parser;
  }
  unpause(path2) {
    const run2 = this.paused.get(path2);
    this.paused.delete(path2);
    if (run2) this.release(run2, false);
  }
  /**
   * Parse within the time limit, or null: tree-sitter's error recovery is quadratic on some broken input (one
   * `(` near the top of 20,000 lines of Python took 13 s, of 10 MiB it would take hours).
   */
  parse(text, old) {
    const { parser } = this.grammars;
    const deadline = performance.now() + this.timeLimitMs;
    const tree = parser.parse(text, old, { progressCallback: () => performance.now() > deadline });
    if (!tree) parser.reset();
    return tree;
  }
  /** Read and scan one file; unreadable, binary and oversized files come back as one note. */
  scanFile(absolutePath, path2, project2, grammar) {
    const read = readSource(absolutePath, this.maxBytes);
    if (typeof read !== "string") return { findings: this.applySettings([skippedFile.at(path2, WHOLE_FILE, read.skipped)]), parsed: false, lines: 0, skipped: read.skipped };
    return this.scan(path2, read, false, project2, grammar);
  }
  /**
   * Scan one file. With the project's symbol table, names it imports from the project's other files
   * resolve through it (and the prefilter is not asked: the file may reach a watched module only that way).
   */
  scan(path2, text, keepTree = false, project2, grammar, sliceMs) {
    const result = this.scanText(path2, text, keepTree, project2, grammar, sliceMs);
    if (result.scan.pending) return result.scan;
    const place = placer(path2, text);
    const links = this.linksOf(path2, text, place);
    const exports2 = Object.fromEntries(Object.entries(result.exports ?? {}).map(([name2, p]) => [name2, { ...p, via: p.via?.map((hop2) => hop2.placed ? hop2 : { ...hop2, tracked: true, placed: place(hop2.start, hop2.end) }) }]));
    return links.length || Object.keys(exports2).length ? { ...result.scan, symbols: detachedSymbols({ exports: exports2, links }) } : result.scan;
  }
  /** A file's project imports and re-exports, read from its text without parsing it (links.ts), each placed in it. */
  linksOf(path2, text, place = placer(path2, text)) {
    return grammarOf(path2) ? this.links.read(path2, text, place) : [];
  }
  /** An extensionless file's grammar by its `#!` line, when that grammar is loaded (the editor's scanners load every one). */
  scriptOf(path2, text) {
    const grammar = extensionless(path2) ? scriptGrammar(text.slice(0, SHEBANG_BYTES)) : void 0;
    return grammar && this.grammars.languages[grammar] ? grammar : void 0;
  }
  /** `script`: the grammar of a file whose extension does not say (its `#!` line does). */
  scanText(path2, text, keepTree, project2, script, sliceMs) {
    const grammar = script ?? grammarOf(path2) ?? this.scriptOf(path2, text);
    if (!grammar) return { scan: { findings: [], parsed: false, lines: 0 } };
    if (text.length > this.maxBytes) {
      const skipped = `${text.length} characters is over the ${this.maxBytes}-byte limit (limits.max-file-bytes)`;
      return { scan: { findings: this.applySettings([skippedFile.at(path2, WHOLE_FILE, skipped)]), parsed: false, lines: 0, skipped } };
    }
    const rules = this.rules[languageOf(grammar)];
    const fileProject = project2?.importsWatched(path2) ? project2.forFile(path2) : void 0;
    const respelled = respelledText(text, grammar);
    const respelledWatched = respelled !== void 0 && (fileProject !== void 0 || rules.prefilter(respelled));
    if (!fileProject && !respelledWatched && !rules.prefilter(text)) return { scan: { findings: [], parsed: false, lines: countLines(text) } };
    const { parser, languages: languages2 } = this.grammars;
    const language = languages2[grammar];
    if (!language) throw new Error(`the ${grammar} grammar was not loaded for ${path2}`);
    parser.setLanguage(language);
    const key = fileProject ? projectKey(path2) : path2;
    const { tree, kept: document2, reuse, pending } = keepTree ? this.parseDocument(key, grammar, text, sliceMs) : { tree: this.parse(text) };
    if (pending) return { scan: { findings: this.interimFindings(path2, key, text, pending.edit), parsed: false, lines: countLines(text), pending: true } };
    if (!tree) {
      const skipped = `parsing took over ${this.timeLimitMs} ms (deeply nested or broken code)`;
      return { scan: { findings: this.applySettings([skippedFile.at(path2, WHOLE_FILE, skipped)]), parsed: false, lines: countLines(text), skipped } };
    }
    const offers = keepTree && fileProject ? project2.offersTo(path2) : void 0;
    const reusable = reuse !== void 0 && reuse.state.offers === offers;
    try {
      const lines = new LineIndex(text);
      const findings = [];
      if (tree.rootNode.hasError) findings.push(parseError.at(path2, errorRange(tree, lines), LANGUAGE_NAME[grammar]));
      if (respelledWatched) {
        for (const { node: node2, reads } of respelledNames(tree, text, grammar)) {
          const range = lines.range(node2.startIndex, node2.endIndex);
          const written = hopText(text, { start: node2.startIndex, end: node2.endIndex, tracked: true });
          const plainly = hopText(reads, { start: 0, end: reads.length, tracked: true });
          findings.push(withFix(respelledName.at(path2, range, written, plainly), { title: `Write it plainly: ${plainly}`, edits: [{ ...range, newText: reads }] }));
        }
      }
      const markers = mayHaveSuppression(text);
      let analysis;
      try {
        if (grammar === "python") {
          const python = reusable && reanalyzePython(reuse.state, reuse.change, tree, text, language, rules.filter, markers, this.timeLimitMs) || analyzePython(tree, text, language, rules.filter, markers, this.timeLimitMs, fileProject);
          if (document2) document2.state = python.state && Object.assign(python.state, { offers });
          analysis = python;
        } else {
          const typescript = grammar !== "javascript";
          const kept2 = reusable && "constants" in reuse.state ? reuse.state : void 0;
          const javascript = kept2 && reanalyzeJavaScript(kept2, reuse.change, tree, text, language, typescript, rules.filter, markers, this.timeLimitMs) || analyzeJavaScript(tree, text, language, typescript, rules.filter, markers, this.timeLimitMs, fileProject);
          if (document2) document2.state = javascript.state && Object.assign(javascript.state, { offers });
          analysis = javascript;
        }
      } catch (e) {
        if (!(e instanceof QueryTimeout)) throw e;
        const skipped = `${e.message} (deeply nested or broken code)`;
        return { scan: { findings: this.applySettings([...findings, skippedFile.at(path2, WHOLE_FILE, skipped)]), parsed: true, lines: lines.lineCount, skipped } };
      }
      findings.push(...this.boundaryFindings(path2, analysis, rules, lines, text));
      const used = [];
      const kept = markers ? this.applySuppressions(path2, findings, suppressionsOf(analysis.comments, lines), lines, used) : findings;
      const settled = this.applySettings(kept);
      if (document2) document2.findings = settled;
      return { scan: { findings: settled, parsed: true, lines: lines.lineCount, ...used.length ? { suppressions: used } : {} }, exports: analysis.exports };
    } finally {
      if (!keepTree) tree.delete();
    }
  }
  /**
   * While an edited document's parse is paused: a marker at the edit saying so, and the previous text's findings
   * moved by the edit (those inside it dropped, quick fixes left out: their edits are the old text's).
   */
  interimFindings(path2, key, text, edit) {
    const lines = new LineIndex(text);
    const marker = analysisPending.at(path2, lines.range(edit.startIndex, edit.newEndIndex));
    const previous = this.documents.get(key);
    const withProject = key === path2 ? this.documents.get(projectKey(path2)) : void 0;
    const shown = withProject && withProject.text === previous?.text ? withProject : previous;
    const moved = (shown?.findings ?? []).flatMap((finding) => {
      if (finding.rule === skippedFile.id) return [];
      const range = movedRange(finding, edit);
      if (!range) return [];
      const { fix: _, ...rest } = finding;
      const resolution = finding.properties?.resolution;
      const hops = resolution?.map((hop2) => hop2.file === void 0 ? { ...hop2, ...movedRange(hop2, edit) ?? hop2 } : hop2);
      return [{ ...rest, ...range, ...hops ? { properties: { ...finding.properties, resolution: hops } } : {} }];
    });
    return [marker, ...moved];
  }
  boundaryFindings(path2, analysis, rules, lines, text) {
    const out2 = [];
    const called2 = /* @__PURE__ */ new Set();
    for (const call2 of analysis.calls) {
      const range = lines.range(call2.start, call2.end);
      const callee = call2.form === "new" ? `new ${call2.callee}` : call2.callee;
      const seen = /* @__PURE__ */ new Set();
      const hops = (call2.path.via ?? []).map((hop2) => ({ ...hop2.placed ?? { ...lines.range(hop2.start, hop2.end), text: hopText(text, hop2) }, tracked: hop2.tracked }));
      const resolution = hops.length ? { resolution: hops.map(({ tracked: _, ...hop2 }) => hop2) } : {};
      const why = [
        call2.passedTo ? ` It is passed as a value to \`${call2.passedTo}\`, which will call it.` : "",
        hops.some((h) => h.tracked) ? ` Resolved through ${hops.map((h) => `${"file" in h && h.file !== path2 ? `${h.file} ` : ""}line ${h.line} \`${h.text}\``).join(" \u2190 ")}.` : ""
      ].join("");
      for (const { spec, target, member } of rules.match(call2.path, call2.form, call2.passedTo !== void 0)) {
        called2.add(spec);
        const properties = { module: spec.module, member, target, language: rules.language, ...resolution, ...spec.custom ? { customRule: spec.custom.id } : {} };
        const key = spec.custom?.id ?? spec.category;
        if (seen.has(key)) continue;
        seen.add(key);
        const finding = spec.custom ? { ...customBoundary.at(path2, range, spec.custom.message), severity: spec.custom.severity, category: spec.category } : RULE_OF_CATEGORY[spec.category].at(path2, range, callee, target);
        out2.push({ ...finding, message: finding.message + why, properties });
      }
    }
    for (const site of analysis.imports) {
      const range = lines.range(site.start, site.end);
      if (site.star) out2.push(starImport.at(path2, range, site.module));
      for (const spec of rules.specs) {
        if (!spec.reportImport || called2.has(spec)) continue;
        const matches = rules.language === "python" ? site.module === spec.module || site.module.startsWith(`${spec.module}.`) : site.module === spec.module;
        if (matches) out2.push({ ...boundaryImport.at(path2, range, spec.module), category: spec.category, properties: { module: spec.module, ...spec.custom ? { customRule: spec.custom.id } : {} } });
      }
    }
    return out2;
  }
  /** The findings left once suppressions hid theirs; each suppression that hid something is added to `used`. */
  applySuppressions(path2, findings, suppressions, lines, used) {
    const targets = new Set(suppressions.map((s) => s.target));
    const hidden = /* @__PURE__ */ new Map();
    const kept = findings.filter((f) => {
      if (!SUPPRESSIBLE.has(f.rule) || !targets.has(f.line)) return true;
      let rules = hidden.get(f.line);
      if (!rules) hidden.set(f.line, rules = /* @__PURE__ */ new Set());
      rules.add(f.rule);
      return false;
    });
    suppressions.forEach((s) => {
      const range = lines.range(s.start, s.end);
      const rules = hidden.get(s.target);
      if (rules) used.push({ file: path2, ...range, marker: s.marker, target: s.target, rules: [...rules].sort() });
      else kept.push(unusedSuppression.at(path2, range, s.marker));
      if (this.config["require-reason"] && !s.reason) kept.push(suppressionWithoutReason.at(path2, range, s.marker));
    });
    return kept;
  }
  /** `scan.rules`: per-rule off or severity (custom rules by their own id too). */
  applySettings(findings) {
    const settings = this.config.rules;
    if (Object.keys(settings).length === 0) return findings;
    const out2 = [];
    for (const f of findings) {
      const customId = f.properties?.customRule;
      const setting = customId && settings[customId] || settings[f.rule];
      if (setting === "off") continue;
      out2.push(setting ? { ...f, severity: setting } : f);
    }
    return out2;
  }
};
var HOP_TEXT = 80;
function hopText(text, hop2) {
  const newline = text.indexOf("\n", hop2.start);
  const line = text.slice(hop2.start, Math.min(hop2.end, newline < 0 ? hop2.end : newline, hop2.start + HOP_TEXT + 1)).replace(/\s+/g, " ").replace(/`/g, "'").trim();
  return line.length > HOP_TEXT ? `${line.slice(0, HOP_TEXT - 1)}\u2026` : line;
}
var projectKey = (path2) => `${path2}\0project`;
var KEPT_DOCUMENTS = 16;
var CLEAN_BASE_SPAN = 4096;
function movedRange(range, edit) {
  const before = (line, column, row, col) => line - 1 < row || line - 1 === row && column - 1 <= col;
  const { startPosition: start2, oldEndPosition: oldEnd, newEndPosition: newEnd } = edit;
  if (before(range.endLine, range.endColumn, start2.row, start2.column)) return { line: range.line, column: range.column, endLine: range.endLine, endColumn: range.endColumn };
  if (!before(oldEnd.row + 1, oldEnd.column + 1, range.line - 1, range.column - 1)) return void 0;
  const move = (line, column) => ({ line: line + newEnd.row - oldEnd.row, column: line - 1 === oldEnd.row ? column + newEnd.column - oldEnd.column : column });
  const a = move(range.line, range.column);
  const b = move(range.endLine, range.endColumn);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
function placer(path2, text) {
  let lines;
  return (start2, end) => ({ file: path2, ...(lines ??= new LineIndex(text)).range(start2, end), text: hopText(text, { start: start2, end, tracked: true }) });
}
function editBetween(before, after) {
  const max = Math.min(before.length, after.length);
  let start2 = 0;
  while (start2 + COMPARE_BLOCK <= max && before.slice(start2, start2 + COMPARE_BLOCK) === after.slice(start2, start2 + COMPARE_BLOCK)) start2 += COMPARE_BLOCK;
  while (start2 < max && before.charCodeAt(start2) === after.charCodeAt(start2)) start2++;
  let suffix = 0;
  while (suffix + COMPARE_BLOCK <= max - start2 && before.slice(before.length - suffix - COMPARE_BLOCK, before.length - suffix) === after.slice(after.length - suffix - COMPARE_BLOCK, after.length - suffix)) suffix += COMPARE_BLOCK;
  while (suffix < max - start2 && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return {
    startIndex: start2,
    oldEndIndex: before.length - suffix,
    newEndIndex: after.length - suffix,
    startPosition: pointAt(before, start2),
    oldEndPosition: pointAt(before, before.length - suffix),
    newEndPosition: pointAt(after, after.length - suffix)
  };
}
var COMPARE_BLOCK = 256;
function pointAt(text, offset) {
  let row = 0;
  let lineStart = 0;
  for (let i2 = text.indexOf("\n"); i2 >= 0 && i2 < offset; i2 = text.indexOf("\n", i2 + 1)) {
    row++;
    lineStart = i2 + 1;
  }
  return { row, column: offset - lineStart };
}
function countLines(text) {
  let n = 1;
  for (let i2 = text.indexOf("\n"); i2 >= 0; i2 = text.indexOf("\n", i2 + 1)) n++;
  return n;
}
function errorRange(tree, lines) {
  const cursor = tree.walk();
  try {
    for (; ; ) {
      const node2 = cursor.currentNode;
      if (node2.isError || node2.isMissing) return lines.range(node2.startIndex, Math.max(node2.endIndex, node2.startIndex + 1));
      if (node2.hasError && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return WHOLE_FILE;
    }
  } finally {
    cursor.delete();
  }
}
var readBuffer = Buffer.allocUnsafe(64 * 1024);
var KEPT_READ_BUFFER = 1024 * 1024;
var SOURCE_HEAD_BYTES = 512;
var CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
var UTF8_NAMES = /^(?:utf-?8(?:-.*)?|(?:us-)?ascii)$/;
var LATIN1_NAMES = /^(?:latin-?1|iso-?8859-1|l1|iso-latin-1|8859|cp819|latin)(?:-.*)?$/;
function sourceEncoding(path2, bytes, length) {
  const grammar = grammarOf(path2);
  if (grammar !== "python" && (grammar !== void 0 || !extensionless(path2))) return "utf8";
  const head = bytes.toString("latin1", 0, Math.min(length, SOURCE_HEAD_BYTES));
  if (grammar !== "python" && scriptGrammar(head) !== "python") return "utf8";
  const [first = "", second = ""] = head.replace(/^\xef\xbb\xbf/, "").split(/\r\n|\r|\n/, 2);
  const declared = CODING.exec(first)?.[1] ?? (/^[ \t\f]*(?:#.*)?$/.test(first) ? CODING.exec(second)?.[1] : void 0);
  if (declared === void 0) return "utf8";
  const name2 = declared.toLowerCase().replaceAll("_", "-");
  if (UTF8_NAMES.test(name2)) return "utf8";
  if (LATIN1_NAMES.test(name2)) return "latin1";
  return { skipped: `source encoding "${declared}" (its PEP 263 declaration) is not read by the scan: write the file as UTF-8` };
}
function readSource(absolutePath, maxBytes) {
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(absolutePath, "r");
  } catch (e) {
    return { skipped: `unreadable (${e.code ?? e.message})` };
  }
  try {
    const size = (0, import_node_fs2.fstatSync)(fd).size;
    if (size > maxBytes) return { skipped: `${size} bytes is over the ${maxBytes}-byte limit (limits.max-file-bytes)` };
    if (size > readBuffer.length && size <= KEPT_READ_BUFFER) readBuffer = Buffer.allocUnsafe(KEPT_READ_BUFFER);
    const buffer = size <= readBuffer.length ? readBuffer : Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = (0, import_node_fs2.readSync)(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    if (buffer.subarray(0, Math.min(read, 8192)).includes(0)) return { skipped: "binary content (NUL bytes)" };
    const encoding = sourceEncoding(absolutePath, buffer, read);
    if (typeof encoding !== "string") return encoding;
    const text = buffer.toString(encoding, 0, read);
    return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  } catch (e) {
    return { skipped: `unreadable (${e.code ?? e.message})` };
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}

// core/scan/work-queue.ts
var REPORT_MS = 50;
var REPORT_FILES = 32;
var JOIN_MIN_FILES = 64;
var WorkQueue = class _WorkQueue {
  constructor(data) {
    this.data = data;
    this.cells = new Int32Array(data.cells);
  }
  data;
  cells;
  /** The queue of `files` for `threads` threads. */
  static of(files, threads, grammarOfFile = grammarOf) {
    const byGrammar = /* @__PURE__ */ new Map();
    files.forEach((file2, i2) => {
      const grammar = grammarOfFile(file2);
      const items = byGrammar.get(grammar);
      if (items) items.push(i2);
      else byGrammar.set(grammar, [i2]);
    });
    const groups = [...byGrammar].map(([grammar, items]) => ({ grammar, items }));
    return new _WorkQueue({ groups, threads, cells: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (2 * groups.length + 1)) });
  }
  /** Files no thread has claimed yet. */
  get left() {
    return this.data.groups.reduce((sum, _, g) => sum + this.leftIn(g), 0);
  }
  /** Stop handing out files (the pass was cancelled or failed): every thread's next claim is none. */
  stop() {
    Atomics.store(this.cells, this.cells.length - 1, 1);
  }
  get stopped() {
    return Atomics.load(this.cells, this.cells.length - 1) === 1;
  }
  /** The next file for `claimer`, or undefined when it has none to take (none left, stopped, or only groups other threads finish). */
  claim(claimer) {
    if (this.stopped) return void 0;
    const { groups } = this.data;
    let group = claimer.on?.queue === this ? claimer.on.group : void 0;
    for (; ; ) {
      if (group !== void 0) {
        const item = groups[group].items[Atomics.add(this.cells, 2 * group, 1)];
        if (item !== void 0) return { grammar: groups[group].grammar, item };
        Atomics.sub(this.cells, 2 * group + 1, 1);
        claimer.on = void 0;
      }
      group = this.choose(claimer);
      if (group === void 0) return void 0;
      Atomics.add(this.cells, 2 * group + 1, 1);
      claimer.on = { queue: this, group };
      claimer.grammars.add(groups[group].grammar);
    }
  }
  leftIn(group) {
    return Math.max(0, this.data.groups[group].items.length - Atomics.load(this.cells, 2 * group));
  }
  choose(claimer) {
    const open2 = this.data.groups.map((_, g) => g).filter((g) => this.leftIn(g) > 0);
    const takers = (g) => Atomics.load(this.cells, 2 * g + 1);
    const largest = (candidates) => candidates.reduce((best, g) => best === void 0 || this.leftIn(g) > this.leftIn(best) ? g : best, void 0);
    return open2.find((g) => claimer.grammars.has(this.data.groups[g].grammar)) ?? largest(open2.filter((g) => takers(g) === 0)) ?? largest(open2.filter((g) => this.leftIn(g) > JOIN_MIN_FILES * this.data.threads));
  }
};

// core/scan/worker.ts
var init2 = import_node_worker_threads.workerData;
var post = (reply) => import_node_worker_threads.parentPort.postMessage(reply);
var scanner = loadGrammars([], init2.wasmDir).then(() => Scanner.create({ config: init2.config, maxBytes: init2.maxBytes, grammars: [], projectPrefixes: init2.projectPrefixes }));
scanner.then(
  () => post({ ready: true }),
  (e) => post({ id: -1, error: e.stack ?? String(e) })
);
var project;
var self2 = { grammars: /* @__PURE__ */ new Set() };
import_node_worker_threads.parentPort.on("message", async ({ id, files, queue: data, project: table }) => {
  try {
    if (table) project = new ProjectSymbols(table.symbols, table.aliases, table.files);
    const s = await scanner;
    const queue = new WorkQueue(data);
    let grammar;
    let scanned = [];
    let posted = performance.now();
    for (let claim2 = queue.claim(self2); claim2; claim2 = queue.claim(self2)) {
      if (claim2.grammar && claim2.grammar !== grammar) await loadGrammars([grammar = claim2.grammar]);
      const file2 = files[claim2.item];
      scanned.push([claim2.item, s.scanFile((0, import_node_path4.join)(init2.root, file2), file2, project, claim2.grammar)]);
      if (scanned.length >= REPORT_FILES || performance.now() - posted >= REPORT_MS) {
        post({ id, results: scanned });
        scanned = [];
        posted = performance.now();
      }
    }
    post({ id, results: scanned, done: true });
  } catch (e) {
    post({ id, error: e.stack ?? String(e) });
  }
});
