import type {CodeRuleId} from '../core/code/index.js'
import type {DescriptionRuleId} from '../core/index.js'

/** Every `ruleId` remark-rnn puts on a message; the README documents each. */
export type RuleId =
  | DescriptionRuleId
  | CodeRuleId
  | 'invalid-show'
  | 'missing-closing-fence'
  | 'nested-directive'
  | 'unknown-model'
  | 'duplicate-model'
  | 'unknown-quantity'
  | 'wrong-number'
  | 'unreadable-number'
  | 'unparsed-directive'
  | 'missing-ask'
  | 'missing-options'
  | 'unreadable-option'
  | 'invalid-key'
  | 'wrong-key'
  | 'no-correct-option'
  | 'several-correct-options'
  | 'unused-model'
  | 'duplicate-attribute'
  | 'invalid-range'
  | 'no-valid-variant'
  | 'unknown-placeholder'
  | 'duplicate-options'
  | 'missing-dependency'
  | 'page-encoding'
  | 'page-too-deep'
  | 'mdx-preview'

/** What each rule means, for the README and for `remark-rnn --help`. */
export const ruleCatalogue: Readonly<Record<RuleId, string>> = {
  'missing-attribute': 'a required attribute (`inputs`, `units`) is missing',
  'unknown-attribute': 'an attribute the directive does not know (often a typo)',
  'empty-value': 'an attribute or a `units` or `outputs` entry has no value',
  'not-a-number': 'a size is not written as plain decimal digits',
  'not-an-integer': 'a size is a fraction',
  'out-of-range': 'a size is zero, negative, or above the limits',
  'invalid-choice': '`cell`, `framework` or `merge` is not one of its words',
  'invalid-boolean': 'a switch is not `true` or `false`',
  'conflicting-options':
    'options that do not go together (`proj-size` with GRU, `merge` without `bidirectional`…)',
  'mismatched-state':
    "`decoder-units` that do not fit the encoder's final states (layer count or width)",
  'too-many-parameters': 'the total is too large to count exactly',
  'invalid-show': '`show` names a part other than table, derivation, shapes',
  'missing-closing-fence': 'a container directive has no closing `:::`',
  'nested-directive': 'an rnn directive inside another rnn directive',
  'unknown-model':
    '`model=…` names no model defined earlier in the file, or one whose own directive has errors',
  'duplicate-model': 'two directives define the same `id`',
  'unknown-quantity': 'an inline directive asks for a quantity that does not exist',
  'wrong-number': 'a number stated in prose differs from the count',
  'unreadable-number':
    'a number stated in prose is not a whole count written with digits (`6.8`, `6,8`, `6_8`)',
  'unparsed-directive':
    'a line starts like an rnn directive but is not one (bad syntax, or no remark-directive)',
  'missing-ask': 'a quiz without `ask`, the quantities its options give',
  'missing-options': 'a quiz with an `answer` but no option list, or an empty one',
  'unreadable-option':
    'an option whose numbers cannot be read safely (ambiguous, decimal, too many or too few)',
  'invalid-key': 'a quiz key that is missing, not a letter or number, or beyond the options',
  'wrong-key': 'the key points at a wrong option',
  'no-correct-option': 'no option of a quiz is right',
  'several-correct-options': 'more than one option of a quiz is right',
  'duplicate-attribute':
    'the same attribute written twice in one directive (which one counts is not obvious)',
  'invalid-range': 'a quiz size range that is malformed or runs backwards (`inputs=8..2`)',
  'no-valid-variant':
    "no variant drawn from a quiz's ranges gives exactly one right option and distinct options",
  'unknown-placeholder':
    'a `{…}` in a quiz names no size or quantity, is not a sum or product of them, or is too long or too deeply bracketed',
  'duplicate-options': 'two options of a quiz give the same numbers',
  'unused-model':
    'a warning: `id=…` defines a model no later directive uses (often a typo in `model=…`)',
  'missing-dependency':
    'a warning (MyST): a diagram or self-check needs `hast-util-to-html` (and `mdast-util-to-hast`), not installed',
  'python-syntax': "a model's Python code does not parse",
  'not-python': 'the content of a code-form directive is not Python at all',
  'unknown-layer': 'the code uses a layer class the reader does not know',
  'unresolved-size':
    'a size the code only knows at run time (`len(vocab)`), or a malformed `sizes`',
  'unknown-input-width': 'a layer of the code whose input width cannot be followed',
  'bad-layer-argument': 'a layer of the code with a missing, fractional or inconsistent argument',
  'no-model': 'the code builds no model, or not the one `model=…` names',
  'too-many-layers': 'the code builds more than 1,000 layers or loops too long',
  'unsupported-code':
    'code the reader cannot follow (Keras layers no model holds, a Keras custom layer’s own weights in a functional model…)',
  'page-encoding': 'a page that is not UTF-8 (or UTF-16 with its mark)',
  'page-too-deep': 'a page nested more than 500 levels deep (`render`, `check`, `export`)',
  'mdx-preview': 'information: what `render` of an `.mdx` page left out of its preview'
}

/** The repository (package.json's `repository`), whose README's Errors table has an anchor `rule-<ruleId>` for each rule. */
export const repositoryUrl = 'https://github.com/remark-rnn/remark-rnn'
const readmeUrl = repositoryUrl

/** The `url` of a rule's messages: its row in the README's Errors table, as remark-lint links its rules. */
export function ruleUrl(ruleId: RuleId): string {
  return `${readmeUrl}#rule-${ruleId}`
}

/** The `source` field of every message, so tools can filter remark-rnn's messages. */
export const messageSource = 'remark-rnn'
