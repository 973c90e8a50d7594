/**
 * The parse5 node types this folder walks, and the three questions every walker
 * asks of a node. (The one file here with several exports: they are the vocabulary.)
 */
import type { DefaultTreeAdapterTypes } from 'parse5';

export type Node = DefaultTreeAdapterTypes.Node;
export type Element = DefaultTreeAdapterTypes.Element;
export type Document = DefaultTreeAdapterTypes.Document;
export type TextNode = DefaultTreeAdapterTypes.TextNode;

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

export function isText(node: Node): node is TextNode {
  return node.nodeName === '#text';
}

/** An attribute's value, or null when the element does not have it. */
export function attrOf(el: Element, name: string): string | null {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return null;
}

/** Child nodes of an element or document (a `<template>`'s content is never rendered). */
export function childrenOf(node: Node): Node[] {
  return 'childNodes' in node ? (node.childNodes as Node[]) : [];
}
