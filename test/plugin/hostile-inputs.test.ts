import {describe, expect, it} from 'vitest'
import {messageLines, toMarkdownWithGfmMath} from '../helpers/pipelines.js'

const options27 = Array.from(
  {length: 27},
  (_, index) => `- ${index === 26 ? 32 : 100 + index}`
).join('\n')

// Hostile and odd inputs, one class per group: attribute names read from the
// parser's tokens (duplicates, Object.prototype names), stated numbers read
// strictly, long author text clipped in messages, more than 26 options.
// Each with the exact messages an author sees (see bad-inputs.test.ts).
const catalogue: Array<[name: string, input: string, messages: string[]]> = [
  ['a class value that looks like an attribute', '::rnn{inputs=4 units=5 class="a inputs=3"}', []],
  ['classes written twice add up', "::rnn{inputs=4 units=5 class='b units=6' .c}", []],
  [
    'an id written as a shortcut and as a name',
    '::rnn{#a id=b inputs=4 units=5}',
    [
      '1:10-1:12 error duplicate-attribute: `id` is written twice; only the last value would count. Keep one.'
    ]
  ],
  [
    'a duplicate in an inline directive',
    ':rnn[total]{inputs=4 inputs=4 units=5}',
    [
      '1:22-1:28 error duplicate-attribute: `inputs` is written twice; only the last value would count. Keep one.'
    ]
  ],
  [
    'a class value that looks like an attribute, short form',
    '::rnn<inputs=4 units=5 class="a inputs=3">',
    []
  ],
  [
    'a duplicate in the short form',
    '::rnn<inputs=4 inputs=4 units=5>',
    [
      '1:16-1:22 error duplicate-attribute: `inputs` is written twice; only the last value would count. Keep one.'
    ]
  ],
  [
    '__proto__ as a name',
    '::rnn{inputs=4 units=5 __proto__=1}',
    ['1:24-1:33 error unknown-attribute: Unknown attribute `__proto__`.']
  ],
  [
    '__proto__ as a name, short form',
    '::rnn<inputs=4 units=5 __proto__=1>',
    ['1:24-1:33 error unknown-attribute: Unknown attribute `__proto__`.']
  ],
  [
    'Object.prototype names',
    '::rnn{inputs=4 units=5 constructor=1 toString=2 hasOwnProperty=3}',
    [
      '1:24-1:35 error unknown-attribute: Unknown attribute `constructor`.',
      '1:38-1:46 error unknown-attribute: Unknown attribute `toString`.',
      '1:49-1:63 error unknown-attribute: Unknown attribute `hasOwnProperty`.'
    ]
  ],
  [
    'an Object.prototype name in an inline directive',
    ':rnn[total]{inputs=4 units=5 valueOf=1}',
    ['1:30-1:37 error unknown-attribute: Unknown attribute `valueOf`.']
  ],
  [
    'a model named __proto__ works like any name',
    '::rnn{id=__proto__ inputs=4 units=5}\n\n:rnn[total]{model=__proto__}',
    []
  ],
  [
    'a model named constructor that was never defined',
    ':rnn[total]{model=constructor}',
    [
      '1:19-1:30 error unknown-model: No model named `constructor` is defined earlier in this file. Define it first with `id=…` on an earlier rnn directive.'
    ]
  ],
  [
    'a quantity named constructor',
    ':rnn[constructor]{inputs=4 units=5}',
    [
      '1:6-1:17 error unknown-quantity: `constructor` is not a quantity of this network. Use a group (`total`, `embedding`, `input`, `recurrent`, `output`, `rnn`) or a term id (`input-weights`, `recurrent-weights`, `recurrent-bias`…).'
    ]
  ],
  [
    'a quiz asking for constructor',
    ':::rnn-quiz{inputs=4 units=5 ask=constructor}\n- 1\n:::',
    [
      '1:34-1:45 error unknown-quantity: `ask` names `constructor`, which is not a quantity of this network.'
    ]
  ],
  [
    'a stated number with a decimal point',
    ':rnn[total=6.8]{inputs=4 units=5 outputs=3}',
    [
      '1:12-1:15 error unreadable-number: `6.8` is not a parameter count: write it with digits, grouped in thousands if you like (`1,234` or `1 234`). This network has 68 (total).'
    ]
  ],
  [
    'a stated number with a decimal comma',
    ':rnn[total=6,8]{inputs=4 units=5 outputs=3}',
    [
      '1:12-1:15 error unreadable-number: `6,8` is not a parameter count: write it with digits, grouped in thousands if you like (`1,234` or `1 234`). This network has 68 (total).'
    ]
  ],
  [
    'a stated number with an apostrophe',
    ":rnn[total=6'8]{inputs=4 units=5 outputs=3}",
    [
      "1:12-1:15 error unreadable-number: `6'8` is not a parameter count: write it with digits, grouped in thousands if you like (`1,234` or `1 234`). This network has 68 (total)."
    ]
  ],
  [
    'a stated number with an underscore',
    ':rnn[total=6_8]{inputs=4 units=5 outputs=3}',
    [
      '1:12-1:15 error unreadable-number: `6_8` is not a parameter count: write it with digits, grouped in thousands if you like (`1,234` or `1 234`). This network has 68 (total).'
    ]
  ],
  [
    'a stated number with a trailing .0',
    ':rnn[total=68.0]{inputs=4 units=5 outputs=3}',
    [
      '1:12-1:16 error unreadable-number: `68.0` is not a parameter count: write it with digits, grouped in thousands if you like (`1,234` or `1 234`). This network has 68 (total).'
    ]
  ],
  [
    'a stated number in words',
    ':rnn[total=sixty-eight]{inputs=4 units=5 outputs=3}',
    [
      '1:12-1:23 error unreadable-number: `sixty-eight` is not a parameter count: write it with digits, grouped in thousands if you like (`1,234` or `1 234`). This network has 68 (total).'
    ]
  ],
  [
    'a grouped stated number that is wrong',
    ':rnn[total=1,234]{inputs=4 units=5 outputs=3}',
    ['1:12-1:17 error wrong-number: The text says total = 1,234, but this network has 68 (total).']
  ],
  [
    'a space inside a small number',
    ':rnn[total=68]{inputs=4 units=5 outputs=3} and :rnn[total=6 8]{inputs=4 units=5 outputs=3}',
    [
      '1:59-1:62 error unreadable-number: `6 8` is not a parameter count: write it with digits, grouped in thousands if you like (`1,234` or `1 234`). This network has 68 (total).'
    ]
  ],
  [
    'a thousands group of four digits',
    ':rnn[total=1 2345]{inputs=40 units=50 outputs=3}',
    [
      '1:12-1:18 error unreadable-number: `1 2345` is not a parameter count: write it with digits, grouped in thousands if you like (`1,234` or `1 234`). This network has 4,703 (total).'
    ]
  ],
  [
    'a 200-character stated number',
    `:rnn[total=${'x'.repeat(200)}]{inputs=4 units=5}`,
    [
      '1:12-1:212 error unreadable-number: `xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…` is not a parameter count: write it with digits, grouped in thousands if you like (`1,234` or `1 234`). This network has 50 (total).'
    ]
  ],
  [
    'a 200-digit size',
    `::rnn{inputs=${'9'.repeat(200)} units=5}`,
    [
      '1:14-1:214 error out-of-range: `inputs` must be at most 10,000,000; got 99999999999999999999999999999999999999999999999999999999999….'
    ]
  ],
  [
    'a 100-character attribute name',
    `::rnn{inputs=4 units=5 ${'a'.repeat(100)}=1}`,
    [
      '1:24-1:124 error unknown-attribute: Unknown attribute `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…`.'
    ]
  ],
  [
    'a 100-character quantity',
    `:rnn[${'y'.repeat(100)}]{inputs=4 units=5}`,
    [
      '1:6-1:106 error unknown-quantity: `yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy…` is not a quantity of this network. Use a group (`total`, `embedding`, `input`, `recurrent`, `output`, `rnn`) or a term id (`input-weights`, `recurrent-weights`, `recurrent-bias`…).'
    ]
  ],
  [
    '27 options keyed AA',
    `:::rnn-quiz{inputs=3 units=4 ask=total answer=AA}
${options27}
:::`,
    []
  ],
  [
    '27 options keyed beyond them',
    `:::rnn-quiz{inputs=3 units=4 ask=total answer=AB}
${options27}
:::`,
    ['1:47-1:49 error invalid-key: `answer=AB` points beyond the 27 options.']
  ],
  [
    'a 100-character placeholder',
    `:::rnn-quiz{inputs=3 units=4 ask=total answer=A}\nHow many with {${'x'.repeat(100)}}?\n\n- 32\n- 36\n:::`,
    [
      '2:15-2:117 error unknown-placeholder: `{xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…` names `xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…`, which is neither a size nor a quantity of this network.'
    ]
  ],
  [
    'a 100-digit range written backwards',
    `:::rnn-quiz{inputs=${'9'.repeat(100)}..2 units=4 ask=total}\n:::`,
    [
      '1:20-1:123 error invalid-range: `inputs=9999999999999999999999999999999999999999999999999999…` runs backwards: write the smaller bound first (`inputs=2..9999999999999999999999999999999999999999999999999…`).'
    ]
  ],
  [
    'a key that is a bracket',
    ':::rnn-quiz{inputs=3 units=4 ask=total answer=[}\n- 32\n:::',
    [
      '1:47-1:48 error invalid-key: `answer=[` is not a key: use a letter (`answer=B`, after `Z` `AA`) or a number from 1 (`answer=2`).'
    ]
  ]
]

describe('hostile inputs', () => {
  it.each(catalogue)('%s', async (_, input, messages) => {
    const {file} = await toMarkdownWithGfmMath(input)
    expect(messageLines(file).split('\n').filter(Boolean)).toEqual(messages)
    for (const message of file.messages) expect(message.reason.length).toBeLessThan(400)
  })
})
