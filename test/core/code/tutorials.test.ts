import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readModelCode} from '../../../src/core/code/index.js'
import {pythonWith, requireDebianTool} from '../../helpers/debian.js'

// Public tutorials' models, written from their public code
// (test/fixtures/code), with their published or worked-out totals; the
// PyTorch ones also built by PyTorch, their run-time sizes given by a prelude.

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/code/${name}`, import.meta.url), 'utf8')

const tutorials = [
  {
    file: 'seq2seq-translation.py',
    sizes: {'input_lang.n_words': 4345, 'output_lang.n_words': 2803},
    prelude: `class L:\n    pass\ninput_lang = L(); input_lang.n_words = 4345\noutput_lang = L(); output_lang.n_words = 2803\ndevice = 'cpu'\n`,
    // Encoder: Embedding 4345·128 and GRU(128, 128); decoder: Embedding 2803·128,
    // attention Wa, Ua (128·128 + 128 each) and Va (128 + 1), GRU(256, 128), out 128·2803 + 2803.
    total:
      4345 * 128 +
      3 * (2 * 128 * 128 + 256) +
      2803 * 128 +
      2 * (128 * 128 + 128) +
      129 +
      3 * (256 * 128 + 128 * 128 + 256) +
      128 * 2803 +
      2803,
    models: ['encoder', 'decoder']
  },
  {
    file: 'word-language-model.py',
    sizes: {'len(corpus.dictionary)': 33278},
    prelude: `corpus = type('C', (), {'dictionary': [0] * 33278})()\ndevice = 'cpu'\n`,
    // Tied: the decoder's weight is the encoder's, counted once; its bias stays.
    total: 33278 * 200 + 2 * 4 * (200 * 200 + 200 * 200 + 400) + 33278,
    models: ['model']
  },
  {
    file: 'd2l-rnn-scratch.py',
    sizes: {},
    prelude: undefined,
    total: 28 * 32 + 32 * 32 + 32 + 32 * 28 + 28,
    models: ['model']
  },
  {
    file: 'keras-imdb-bidirectional.py',
    sizes: {},
    prelude: undefined,
    // Its summary: Total params: 2,757,761.
    total: 2_757_761,
    models: ['model']
  },
  {
    file: 'tf-text-generation.py',
    sizes: {},
    prelude: undefined,
    // Its summary: Embedding 16,896; GRU 3,938,304; Dense 67,650.
    total: 4_022_850,
    models: ['model']
  },
  {
    file: 'tf-nmt-attention.py',
    sizes: {'text_processor.vocabulary_size()': 5000},
    prelude: undefined,
    total:
      // Encoder: Embedding V·d.
      5000 * 256 +
      // Encoder: Bidirectional(GRU(256), merge_mode='sum') on 256, each direction
      // kernel 3·n·h, recurrent_kernel 3·h·h, bias 2·3·h (reset_after).
      2 * (3 * 256 * 256 + 3 * 256 * 256 + 2 * 3 * 256) +
      // Decoder: Embedding V·d.
      5000 * 256 +
      // Decoder: GRU(256) on its embedding's 256.
      (3 * 256 * 256 + 3 * 256 * 256 + 2 * 3 * 256) +
      // CrossAttention: MultiHeadAttention(num_heads=1, key_dim=256), query 256 and
      // value 256 wide: query, key, value kernels d·H·d_k and biases H·d_k, output H·d_v·d_o + d_o.
      3 * (256 * 1 * 256 + 1 * 256) +
      (1 * 256 * 256 + 256) +
      // CrossAttention: LayerNormalization γ and β; Add has none.
      2 * 256 +
      // Decoder: Dense(V) on 256, kernel n·V and bias V.
      256 * 5000 +
      5000,
    models: ['model']
  }
]

const torchPython = pythonWith('torch')

describe('public tutorials as code', () => {
  it.each(tutorials)('$file', ({file, sizes, total, models}) => {
    const analysis = readModelCode(fixture(file), {sizes})
    if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems))
    expect(analysis.breakdown.total).toBe(total)
    expect(analysis.breakdown.models).toEqual(models)
  })

  it('asks for the run-time sizes, at their text', () => {
    const code = fixture('seq2seq-translation.py')
    const analysis = readModelCode(code)
    expect(analysis.ok).toBe(false)
    if (analysis.ok) return
    const [problem] = analysis.problems
    expect(problem?.ruleId).toBe('unresolved-size')
    expect(code.slice(problem?.from, problem?.to)).toBe('input_lang.n_words')
    expect(problem?.message).toContain('sizes="input_lang.n_words=…"')
  })

  describe.runIf(
    requireDebianTool('python3 with torch', 'python3-torch', {
      probe: () => torchPython !== undefined,
      skips: 'the tutorials built by PyTorch'
    })
  )('built by PyTorch', () => {
    it.each(tutorials.filter((t) => t.prelude !== undefined))(
      '$file',
      ({file, prelude, total, models}) => {
        const script = `${prelude}${fixture(file)}\nprint(sum(sum(p.numel() for p in m.parameters()) for m in [${models.join(', ')}]))\n`
        const run = spawnSync(torchPython ?? 'python3', ['-c', script], {encoding: 'utf8'})
        expect(run.stderr).toBe('')
        expect(Number(run.stdout.trim())).toBe(total)
      }
    )
  })
})
