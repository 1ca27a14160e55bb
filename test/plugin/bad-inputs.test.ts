import {describe, expect, it} from 'vitest'
import {messageLines, toMarkdown} from '../helpers/pipelines.js'

const manyLayers = Array.from({length: 101}, () => 2).join(',')
const hugeStack = Array.from({length: 100}, () => 10_000_000).join(',')

// The bad-input catalogue: every input with the exact messages (position,
// severity, ruleId, text) an author sees. The document is never lost and
// never throws; see the fixtures for what the output looks like.
const catalogue: Array<[name: string, input: string, messages: string[]]> = [
  [
    'missing inputs',
    '::rnn{units=5}',
    [
      '1:1-1:15 error missing-attribute: Missing `inputs`: say how many input features the network has, such as `inputs=4`.'
    ]
  ],
  [
    'missing units',
    '::rnn{inputs=4}',
    [
      '1:1-1:16 error missing-attribute: Missing `units`: say how many hidden units the network has, such as `units=5`.'
    ]
  ],
  [
    'duplicate attribute',
    '::rnn{inputs=4 units=5 inputs=6}',
    [
      '1:24-1:30 error duplicate-attribute: `inputs` is written twice; only the last value would count. Keep one.'
    ]
  ],
  [
    'duplicate attribute, short form',
    '::rnn<inputs=4 units=5 units=6>',
    [
      '1:24-1:29 error duplicate-attribute: `units` is written twice; only the last value would count. Keep one.'
    ]
  ],
  [
    'unknown attribute',
    '::rnn{inputs=4 units=5 colour=red}',
    ['1:24-1:30 error unknown-attribute: Unknown attribute `colour`.']
  ],
  [
    'typo in a name',
    '::rnn{inputs=4 unit=5}',
    ['1:16-1:20 error unknown-attribute: Unknown attribute `unit`. Did you mean `units`?']
  ],
  [
    'typo in a value',
    '::rnn{inputs=4 units=5 cell=lstmm}',
    [
      '1:29-1:34 error invalid-choice: `cell` must be one of `rnn`, `lstm`, `gru`, not `lstmm`. Did you mean `lstm`?'
    ]
  ],
  [
    'typo in framework',
    '::rnn{inputs=4 units=5 framework=pytroch}',
    [
      '1:34-1:41 error invalid-choice: `framework` must be one of `keras`, `pytorch`, not `pytroch`. Did you mean `pytorch`?'
    ]
  ],
  [
    'zero',
    '::rnn{inputs=4 units=0}',
    ['1:22-1:23 error out-of-range: `units` must be at least 1, not 0.']
  ],
  [
    'negative',
    '::rnn{inputs=-4 units=5}',
    ['1:14-1:16 error out-of-range: `inputs` must be a positive whole number, not -4.']
  ],
  [
    'fractional',
    '::rnn{inputs=4 units=2.5}',
    ['1:22-1:25 error not-an-integer: `units` must be a whole number, not 2.5.']
  ],
  [
    'exponent',
    '::rnn{inputs=1e3 units=5}',
    [
      '1:14-1:17 error not-a-number: `inputs` must be written out in digits, not in exponent form (1e3).'
    ]
  ],
  [
    'hex',
    '::rnn{inputs=0x10 units=5}',
    ['1:14-1:18 error not-a-number: `inputs` must be written in decimal digits, not as 0x10.']
  ],
  [
    'empty value',
    '::rnn{inputs="" units=5}',
    ['1:15-1:15 error empty-value: `inputs` needs a value, such as `inputs=4`.']
  ],
  [
    'whitespace-only value',
    '::rnn{inputs="   " units=5}',
    ['1:15-1:18 error empty-value: `inputs` needs a value, such as `inputs=4`.']
  ],
  [
    'enormous value',
    '::rnn{inputs=99999999999999999999 units=5}',
    ['1:14-1:34 error out-of-range: `inputs` must be at most 10,000,000; got 99999999999999999999.']
  ],
  [
    'units list with an empty entry',
    '::rnn{inputs=4 units=64,,32}',
    [
      '1:25-1:25 error empty-value: `units` has an empty entry (layer 2); write one size per layer, such as `units=64,32`.'
    ]
  ],
  [
    'too many stacked layers',
    `::rnn{inputs=4 units=${manyLayers}}`,
    [
      '1:22-1:223 error out-of-range: `units` lists 101 layers; at most 100 stacked layers are supported.'
    ]
  ],
  [
    'too many parameters',
    `::rnn{inputs=10000000 units=${hugeStack} cell=lstm bidirectional}`,
    [
      '1:1-1:953 error too-many-parameters: This network has 239200008000000000 parameters, more than can be counted exactly (9007199254740991); use smaller sizes.'
    ]
  ],
  [
    'non-ASCII digits',
    '::rnn{inputs=٤ units=5}',
    ['1:14-1:15 error not-a-number: `inputs` must use the digits 0–9; got ٤.']
  ],
  [
    'bad boolean',
    '::rnn{inputs=4 units=5 bidirectional=ture}',
    [
      '1:38-1:42 error invalid-boolean: `bidirectional` must be `true` or `false`, not `ture`. Did you mean `true`?'
    ]
  ],
  [
    'conflict: reset-after on an LSTM',
    '::rnn{inputs=4 units=5 cell=lstm reset-after=false}',
    [
      '1:34-1:51 error conflicting-options: `reset-after` only applies to `cell=gru`, not `cell=lstm`.'
    ]
  ],
  [
    'conflict: proj-size with Keras',
    '::rnn{inputs=4 units=5 cell=lstm proj-size=2}',
    [
      '1:34-1:45 error conflicting-options: `proj-size` is a PyTorch option: add `framework=pytorch`.'
    ]
  ],
  [
    'conflict: proj-size not below units',
    '::rnn{inputs=4 units=5 cell=lstm framework=pytorch proj-size=5}',
    [
      '1:52-1:63 error conflicting-options: `proj-size` (5) must be smaller than `units` (5), as PyTorch requires.'
    ]
  ],
  [
    'invalid show',
    '::rnn{inputs=4 units=5 show=graph}',
    [
      '1:29-1:34 error invalid-show: `show` lists `graph`, which is not one of `diagram`, `table`, `derivation`, `shapes`, `summary`, `code`.'
    ]
  ],
  [
    'quiz without options',
    '::rnn-quiz{inputs=3 units=4 ask=total answer=A}',
    [
      '1:1-1:48 error missing-options: This quiz has an `answer` but no options: list them inside the container (`- 12, 20`), or leave out `answer` to have options generated.'
    ]
  ],
  [
    'quiz without ask',
    ':::rnn-quiz{inputs=3 units=4 answer=A}\n- 32\n:::',
    [
      '1:1-3:4 error missing-ask: A quiz needs `ask`: the quantities each option gives, in order, such as `ask=total` or `ask="input recurrent"`.'
    ]
  ],
  [
    'quiz key out of range',
    ':::rnn-quiz{inputs=3 units=4 ask=total answer=C}\n- 32\n- 36\n:::',
    ['1:47-1:48 error invalid-key: `answer=C` points beyond the 2 options.']
  ],
  [
    'quiz with a wrong key',
    ':::rnn-quiz{inputs=3 units=4 ask=total answer=B}\n- 32\n- 36\n:::',
    [
      '1:47-1:48 error wrong-key: Answer A, not B: total = 12 + 20 = 32. The key points at option B (36): the bias counted twice, as PyTorch does (b_ih and b_hh), in a Keras network.'
    ]
  ],
  [
    'ambiguous option text',
    ':::rnn-quiz{inputs=3 units=4 ask="input recurrent" answer=A}\n- 12,200\n- 12, 20\n:::',
    [
      '2:3-2:9 error unreadable-option: Option A: `12,200` gives 1 number, but `ask` names 2. `12,200` reads as one number with a thousands separator; to give separate numbers write them with a comma and a space (`12, 200`).'
    ]
  ],
  [
    'unknown named model',
    ':rnn[total]{model=lesson}',
    [
      '1:19-1:25 error unknown-model: No model named `lesson` is defined earlier in this file. Define it first with `id=…` on an earlier rnn directive.'
    ]
  ],
  [
    'unknown quantity',
    ':rnn[totl]{inputs=3 units=4}',
    [
      '1:6-1:10 error unknown-quantity: `totl` is not a quantity of this network. Did you mean `total`? Use a group (`total`, `embedding`, `input`, `recurrent`, `output`, `rnn`) or a term id (`input-weights`, `recurrent-weights`, `recurrent-bias`…).'
    ]
  ],
  [
    'wrong number in prose',
    'It has :rnn[total=33]{inputs=3 units=4} parameters.',
    ['1:19-1:21 error wrong-number: The text says total = 33, but this network has 32 (total).']
  ],
  [
    'directive nested in itself',
    ':::rnn{inputs=3 units=4}\n::rnn{inputs=1 units=1}\n:::',
    [
      '2:1-2:24 error nested-directive: An `rnn` directive cannot stand inside another one; close the outer directive first.'
    ]
  ],
  [
    'unclosed fence',
    '# Title\n\n:::rnn{inputs=3 units=4}\nNever closed.',
    [
      '3:1-4:14 error missing-closing-fence: This `:::rnn` container has no closing `:::` line, so it would take in the rest of the page; add one after its content.'
    ]
  ],
  [
    'unparsed short form',
    '::rnn<inputs=4 units="5>',
    [
      '1:1-1:25 error unparsed-directive: `::rnn<inputs=4 units="5>` looks like an rnn directive but could not be read, so it would show as text. Check the `<…>` attributes: `name=value` pairs separated by spaces, quotes closed, `>` at the end of the line.'
    ]
  ],
  [
    'CRLF line endings',
    'Intro.\r\n\r\n::rnn{inputs=4 units=0}\r\n\r\nMore.',
    ['3:22-3:23 error out-of-range: `units` must be at least 1, not 0.']
  ],
  ['a document of only a directive', '::rnn{inputs=4 units=5}', []],
  ['an empty document', '', []],
  [
    'size ranges in a plain rnn directive (they are for quizzes)',
    '::rnn{inputs=2..8 units=5,3..12 outputs=1..3 x=2}\n\n::rnn{inputs=4 units=5 proj-size=1..2 framework=pytorch cell=lstm bias=1..2}',
    [
      '1:46-1:47 error unknown-attribute: Unknown attribute `x`.',
      '1:14-1:18 error not-a-number: `inputs` must be a whole number; got `2..8`. Size ranges are for quizzes: an `rnn-quiz` draws its sizes from them, one variant per page.',
      '1:27-1:32 error not-a-number: `units` must be a whole number; got `3..12`. Size ranges are for quizzes: an `rnn-quiz` draws its sizes from them, one variant per page.',
      '1:41-1:45 error not-a-number: `outputs` must be a whole number; got `1..3`. Size ranges are for quizzes: an `rnn-quiz` draws its sizes from them, one variant per page.',
      // Not a size: no hint.
      '3:72-3:76 error invalid-boolean: `bias` must be `true` or `false`, not `1..2`.',
      '3:34-3:38 error not-a-number: `proj-size` must be a whole number; got `1..2`. Size ranges are for quizzes: an `rnn-quiz` draws its sizes from them, one variant per page.'
    ]
  ],
  [
    'hostile attribute values',
    '::rnn{inputs="<script>alert(1)</script>" units=\'"><img src=x onerror=alert(1)>\'}',
    [
      '1:15-1:40 error not-a-number: `inputs` must be a whole number; got `<script>alert(1)</script>`.',
      '1:49-1:79 error not-a-number: `units` must be a whole number; got `"><img src=x onerror=alert(1)>`.'
    ]
  ]
]

describe('bad inputs', () => {
  it('has at least 30 entries', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(30)
  })

  it.each(catalogue)('%s', async (_, input, messages) => {
    const {file} = await toMarkdown(input)
    expect(messageLines(file).split('\n').filter(Boolean)).toEqual(messages)
  })
})
