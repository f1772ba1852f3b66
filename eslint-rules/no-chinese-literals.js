'use strict';
/**
 * Chinese text belongs in the glossary (domain words) or in a message catalog (what a user reads).
 * This rule reports every string literal, template literal, regular expression and JSX text that
 * contains a Han character. Which files may hold Chinese is decided by the ESLint config (`files` /
 * `ignores`), not here. A literal type (`type Grade = '优' | '良'`) is not reported: it holds no
 * text at run time, and the compiler holds it equal to the glossary's value it describes.
 */
const HAN = /\p{Script=Han}/u;

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Forbid Chinese (Han) text in string, template and regex literals and JSX text outside the glossary and the message catalogs',
    },
    schema: [],
    messages: {
      literal:
        'Chinese text "{{text}}" outside the glossary and the message catalogs: a domain word goes into src/core/glossary/, a message into src/core/messages.ts.',
    },
  },
  create(context) {
    function report(node, text) {
      const shown = text.length > 24 ? `${text.slice(0, 24)}…` : text;
      context.report({ node, messageId: 'literal', data: { text: shown } });
    }
    return {
      Literal(node) {
        if (node.parent && node.parent.type === 'TSLiteralType') return;
        if (typeof node.value === 'string' && HAN.test(node.value)) report(node, node.value);
        else if (node.regex && HAN.test(node.regex.pattern)) report(node, `/${node.regex.pattern}/`);
      },
      TemplateElement(node) {
        const text = node.value.cooked ?? node.value.raw;
        if (HAN.test(text)) report(node, text);
      },
      JSXText(node) {
        if (HAN.test(node.value)) report(node, node.value.trim());
      },
    };
  },
};
