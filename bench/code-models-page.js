// A page of models written as their code (half Keras, half PyTorch, 6 to 15
// layers each), as a course on real architectures writes them: the input of
// the "code-described models" bench row (code-models-ratio.js).

const kerasRecurrent = ['LSTM', 'GRU', 'SimpleRNN']
const torchRecurrent = ['LSTM', 'GRU', 'RNN']

/** Widths that vary from model to model, so no two models are the same. */
const width = (index, step) => 16 * (1 + ((index * 7 + step * 3) % 8))

/** A Keras Sequential model of `layers` layers (the Input not counted). */
function kerasModel(index, layers) {
  const lines = [`layers.Embedding(${5000 + index}, ${width(index, 0)})`]
  for (let step = 1; lines.length < layers - 1; step++) {
    const kind = step % 5
    const units = width(index, step)
    if (kind === 1) {
      const cell = kerasRecurrent[(index + step) % kerasRecurrent.length]
      lines.push(`layers.${cell}(${units}, return_sequences=True)`)
    } else if (kind === 2) lines.push('layers.LayerNormalization()')
    else if (kind === 3)
      lines.push(`layers.Bidirectional(layers.LSTM(${units}, return_sequences=True))`)
    else if (kind === 4) lines.push('layers.Dropout(0.2)')
    else lines.push(`layers.Dense(${units}, activation="relu")`)
  }
  lines.push(`layers.Dense(${100 + index})`)
  return [
    'import keras',
    'from keras import layers',
    '',
    'model = keras.Sequential([',
    '    keras.Input(shape=(None,)),',
    ...lines.map((line) => `    ${line},`),
    '])'
  ].join('\n')
}

/** A PyTorch module of `layers` layers, each an attribute its constructor sets. */
function torchModel(index, layers) {
  const vocab = 4000 + index
  let features = width(index, 0)
  const lines = [`        self.embedding = nn.Embedding(${vocab}, ${features})`]
  for (let step = 1; lines.length < layers - 1; step++) {
    const kind = step % 4
    const units = width(index, step)
    if (kind === 1) {
      const cell = torchRecurrent[(index + step) % torchRecurrent.length]
      lines.push(`        self.rnn${step} = nn.${cell}(${features}, ${units}, batch_first=True)`)
      features = units
    } else if (kind === 2) lines.push(`        self.norm${step} = nn.LayerNorm(${features})`)
    else if (kind === 3) lines.push(`        self.drop${step} = nn.Dropout(0.1)`)
    else {
      lines.push(`        self.proj${step} = nn.Linear(${features}, ${units})`)
      features = units
    }
  }
  lines.push(`        self.out = nn.Linear(${features}, ${vocab})`)
  return [
    'import torch.nn as nn',
    '',
    `class Model${index}(nn.Module):`,
    '    def __init__(self):',
    '        super().__init__()',
    ...lines,
    '',
    `model = Model${index}()`
  ].join('\n')
}

/** The page: `count` models, each under its heading with a paragraph, even ones Keras, odd ones PyTorch. */
export function codeModelsPage(count) {
  const sections = Array.from({length: count}, (_, index) => {
    const layers = 6 + (index % 10)
    const code = index % 2 === 0 ? kerasModel(index, layers) : torchModel(index, layers)
    const prose = `Model ${index} reads token ids through an embedding and a stack of ${layers} layers; the table counts each layer's tensors.`
    return `## Model ${index}\n\n${prose}\n\n:::rnn\n\`\`\`python\n${code}\n\`\`\`\n:::\n`
  })
  return ['# Models as code', ...sections].join('\n\n')
}
