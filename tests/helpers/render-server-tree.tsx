import { cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import type { AppLocale } from "@/i18n/config";

/**
 * Renders a tree of server components to HTML outside Next.js, for tests. React DOM's server
 * renderer cannot await async components (only the RSC renderer can), so the tree is resolved first:
 * every function component is called and its result awaited and resolved in turn. A component that
 * cannot run outside React's render (a client component's hooks: Link, DataTable's translations) is
 * left as it is for React DOM to render, inside `wrap` (e.g. the client-side i18n provider).
 */
export async function renderServerTree(node: ReactNode, wrap: (children: ReactNode) => ReactNode = (children) => children): Promise<string> {
  const report = console.error;
  // Calling a client component outside a render makes React report an invalid hook call: expected here.
  console.error = (...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].startsWith("Invalid hook call")) return;
    report(...args);
  };
  try {
    return renderToStaticMarkup(<>{wrap(await resolve(node))}</>);
  } finally {
    console.error = report;
  }
}

async function resolve(node: ReactNode): Promise<ReactNode> {
  if (Array.isArray(node)) return Promise.all(node.map(resolve));
  if (node instanceof Promise) return resolve(await node);
  if (!isValidElement(node)) return node;
  const element = node as ReactElement<Record<string, unknown>>;
  if (typeof element.type !== "function") return withResolvedChildren(element);
  const component = element.type as (props: unknown) => ReactNode | Promise<ReactNode>;
  let output: ReactNode | Promise<ReactNode>;
  try {
    output = component(element.props);
  } catch {
    // Hooks outside React's render: a client component, which React DOM renders itself.
    return withResolvedChildren(element);
  }
  return resolve(await output);
}

/** Resolves the element's children and every other prop holding elements (a header's `actions`, a table's `empty`). */
async function withResolvedChildren(element: ReactElement<Record<string, unknown>>): Promise<ReactElement> {
  const holdsElements = (value: unknown) => isValidElement(value) || (Array.isArray(value) && value.some(isValidElement));
  const entries = await Promise.all(
    Object.entries(element.props)
      .filter(([name, value]) => name !== "children" && holdsElements(value))
      .map(async ([name, value]) => [name, await resolve(value as ReactNode)] as const),
  );
  const props = Object.fromEntries(entries);
  return "children" in element.props ? cloneElement(element, props, await resolve(element.props.children as ReactNode)) : cloneElement(element, props);
}

/**
 * What the root layout gives the components that translate on both sides (DataTable), for `wrap`;
 * a missing message fails the test instead of showing its key.
 */
export function intlProvider(config: { locale: AppLocale; messages: AbstractIntlMessages; timeZone: string; now: Date }) {
  const onError = (error: Error) => {
    throw error;
  };
  return function IntlProvider(children: ReactNode) {
    return (
      <NextIntlClientProvider {...config} onError={onError}>
        {children}
      </NextIntlClientProvider>
    );
  };
}
