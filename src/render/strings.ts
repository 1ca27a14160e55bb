import type {GroupName, MistakeKind, TermKind} from '../core/index.js'

/**
 * Every piece of text the generated solution shows. Templates use `{name}`
 * placeholders; a partial set can override any built-in locale.
 */
export interface SolutionStrings {
  readonly columnTerm: string
  readonly columnSymbol: string
  readonly columnShape: string
  readonly columnFormula: string
  readonly columnCount: string
  readonly terms: Readonly<Record<TermKind, string>>
  /** `layer {layer}`. */
  readonly layer: string
  /** `dense layer {layer}`: where a hidden dense layer's term sits. */
  readonly denseLayer: string
  /** Where a term of an encoder–decoder sits: `encoder`, `decoder`. */
  readonly stacks: Readonly<Record<'encoder' | 'decoder', string>>
  /**
   * The table's parts: `recurrent` names the recurrent stack of a network
   * without a decoder, `encoder` and `decoder` the stacks of one with.
   */
  readonly parts: Readonly<
    Record<'embedding' | 'recurrent' | 'encoder' | 'decoder' | 'head', string>
  >
  readonly forward: string
  readonly backward: string
  readonly groups: Readonly<Record<GroupName, string>>
  /** The word after `=` at the end of the derivation, inside `\text{}`. */
  readonly totalSymbol: string
  /** The input vector's name in the shapes view. */
  readonly inputVector: string
  /** After the embedded vector in the shapes view: `{token}` is the token's symbol (`w_t`). */
  readonly embeddedVector: string
  /**
   * The title of a collapsed solution: `{network}` is the network in words
   * (see `foldOutputs`), never its count, so a folded answer gives nothing away
   * (`{total}`, the count, is filled for an author's own title that asks for it).
   */
  readonly summary: string
  /** A quiz's title when its answer is collapsed: `{network}` as in `summary`. */
  readonly quizSummary: string
  /**
   * The dense layers in a fold title's `{network}` (`LSTM, 4 inputs, 5 units, 3 outputs`;
   * inputs and units are worded by `quizInputs` and `quizLayers`): `1 output`,
   * `{count} outputs`, and for several dense layers `dense layers of {sizes} nodes`.
   */
  readonly foldOutputs: Readonly<Record<'one' | 'other' | 'layers', string>>
  /** An encoder–decoder in a fold title's `{network}`: `{cell} encoder–decoder`. */
  readonly foldEncoderDecoder: string
  /**
   * The names of the boxes wide parts scroll in on narrow screens, read out
   * when one is focused: `{network}` as in `summary`.
   */
  readonly regions: Readonly<Record<'table' | 'derivation' | 'shapes' | 'summary', string>>
  /** `Answer: {letter}`. */
  readonly quizAnswer: string
  /** Lead-in to the list of wrong options and the mistakes behind them. */
  readonly quizWhyNot: string
  /** For a wrong option no typical mistake explains. */
  readonly quizNoMistake: string
  /** A number question's key in its answer: `Answer: {values}`. */
  readonly quizNumberAnswer: string
  /** Lead-in to the numbers typical mistakes give in a number question's answer. */
  readonly quizMistakes: string
  /** A quiz form's legend when its question does not start with a paragraph. */
  readonly quizLegend: string
  /** The button that checks a student's answer on the page. */
  readonly quizCheck: string
  /** Feedback for a right answer: `{work}` is how the count comes about. */
  readonly quizRight: string
  /** Feedback for a wrong option: `{mistake}` is what gives it. */
  readonly quizWrong: string
  /** Feedback for a typed number a typical mistake gives: `{values}` typed, `{mistake}`. */
  readonly quizNumberMistake: string
  /** Feedback for any other wrong number: a hint that does not give the answer away. */
  readonly quizNumberHint: string
  /** Feedback when what was typed is no whole number. */
  readonly quizNumberWhole: string
  /** Feedback when Check is pressed before an option is chosen or a number typed. */
  readonly quizNothing: string
  /**
   * The question of a quiz without its own text: `{cell}`, `{framework}`,
   * `{inputPhrase}` (from `quizInputs`), `{layerPhrase}` (from `quizLayers`),
   * `{outputPhrase}` (from `quizOutputLayer`), `{quantities}` (from
   * `quizAsk`); also the bare numbers `{inputs}`, `{units}` and `{outputs}`.
   */
  readonly quizQuestion: string
  /** `1 input`, `{count} inputs`. */
  readonly quizInputs: Readonly<Record<'one' | 'other', string>>
  /** `1 unit`, `{count} units`, and for a stack `stacked layers of {units} units`. */
  readonly quizLayers: Readonly<Record<'one' | 'other' | 'stacked', string>>
  /** `no output layer`, `a dense output layer of 1 node`, `… of {count} nodes`; several: `dense layers of {outputs} nodes`. */
  readonly quizOutputLayer: Readonly<Record<'none' | 'one' | 'other' | 'dense', string>>
  /** After the layers of a bidirectional network whose directions are not concatenated. */
  readonly quizMerge: Readonly<Record<'sum' | 'mul' | 'ave', string>>
  /** An encoder–decoder's decoder: `{inputPhrase}`, `{layerPhrase}`, `{vocabPhrase}` (from `quizDecoderVocab`, or empty). */
  readonly quizDecoder: string
  /** `{vocab}`: the decoder's Embedding. */
  readonly quizDecoderVocab: string
  /** What a question asks for: `in total`, `in its input weights`, …; a term: `{name}` (English) or `{label}` (its table label). */
  readonly quizAsk: Readonly<Record<GroupName | 'term', string>>
  /** For a wrong option that is exactly one term's count: `{name}` or `{label}` as in `quizAsk.term`. */
  readonly quizOneTerm: string
  /** Put before the generated question of a network with an Embedding layer: `{vocab}`, `{inputs}`. */
  readonly quizEmbedding: string
  /** Cell names for `{cell}`. */
  readonly cells: Readonly<Record<'rnn' | 'lstm' | 'gru', string>>
  /** Put before the cell name of a bidirectional network. */
  readonly bidirectional: string
  /** Joins the sizes of stacked layers: `8 and 6`. */
  readonly and: string
  readonly mistakes: Readonly<Record<MistakeKind, string>>
  /** The framework summary's first column: Keras `Layer (type)`, PyTorch `Module (type)`. */
  readonly frameworkLayer: string
  readonly frameworkModule: string
  readonly frameworkOutputShape: string
  /** The PyTorch column listing `named_parameters()`. */
  readonly frameworkTensors: string
  readonly frameworkParams: string
  readonly frameworkTotal: string
  readonly frameworkTrainable: string
  readonly frameworkNonTrainable: string
  /** The diagram's title: `{network}` (see `diagramNetwork`) and `{total}`. */
  readonly diagramTitle: string
  /** The network in words: `{cell}`, `{inputs}`, `{units}`, `{outputs}`. */
  readonly diagramNetwork: string
  /** The same without an output layer: `{cell}`, `{inputs}`, `{units}`. */
  readonly diagramNetworkNoOutput: string
  /** The same with several dense layers: `{cell}`, `{inputs}`, `{units}`, `{outputs}` (`64 and 1`). */
  readonly diagramNetworkDense: string
  /** An encoder–decoder: `{encoder}` and `{decoder}` in the words above. */
  readonly diagramEncoderDecoder: string
  /** Headings over the encoder's and the decoder's columns. */
  readonly diagramEncoder: string
  readonly diagramDecoder: string
  /** Under an encoder–decoder's folded picture: what the arrows between the columns are. */
  readonly diagramHandOver: string
  /** The heading of the folded network. */
  readonly diagramFolded: string
  /** The heading of the network unrolled over three time steps. */
  readonly diagramUnrolled: string
  /** Under the unrolled network: `{total}`. */
  readonly diagramShared: string
  /** Under a gated matrix: `{gates}`, `{rows}`, `{columns}`. */
  readonly diagramPerGate: string
  /** Under a Keras GRU's two-row bias (`reset_after`). */
  readonly diagramBiasRows: string
  /** One sentence of the description per matrix: `{name}`, `{symbol}`, `{rows}`, `{columns}`, `{count}`. */
  readonly diagramMatrix: string
}

export type SolutionStringsOverride = Partial<
  Omit<
    SolutionStrings,
    | 'terms'
    | 'groups'
    | 'cells'
    | 'mistakes'
    | 'quizInputs'
    | 'quizLayers'
    | 'quizOutputLayer'
    | 'quizMerge'
    | 'quizAsk'
    | 'foldOutputs'
    | 'regions'
    | 'stacks'
    | 'parts'
  >
> & {
  readonly quizInputs?: Partial<SolutionStrings['quizInputs']>
  readonly quizLayers?: Partial<SolutionStrings['quizLayers']>
  readonly quizOutputLayer?: Partial<SolutionStrings['quizOutputLayer']>
  readonly quizMerge?: Partial<SolutionStrings['quizMerge']>
  readonly quizAsk?: Partial<SolutionStrings['quizAsk']>
  readonly foldOutputs?: Partial<SolutionStrings['foldOutputs']>
  readonly regions?: Partial<SolutionStrings['regions']>
  readonly terms?: Partial<SolutionStrings['terms']>
  readonly groups?: Partial<SolutionStrings['groups']>
  readonly cells?: Partial<SolutionStrings['cells']>
  readonly mistakes?: Partial<SolutionStrings['mistakes']>
  readonly stacks?: Partial<SolutionStrings['stacks']>
  readonly parts?: Partial<SolutionStrings['parts']>
}

const english: SolutionStrings = {
  columnTerm: 'Parameters',
  columnSymbol: 'Symbol',
  columnShape: 'Shape',
  columnFormula: 'Formula',
  columnCount: 'Count',
  terms: {
    'embedding-weights': 'Embedding weights',
    'input-weights': 'Input weights',
    'recurrent-weights': 'Recurrent weights',
    'recurrent-bias': 'Recurrent bias',
    'input-bias': 'Input bias',
    'projection-weights': 'Projection weights',
    'dense-weights': 'Dense weights',
    'dense-bias': 'Dense bias',
    'output-weights': 'Output weights',
    'output-bias': 'Output bias'
  },
  layer: 'layer {layer}',
  denseLayer: 'dense layer {layer}',
  stacks: {encoder: 'encoder', decoder: 'decoder'},
  parts: {
    embedding: 'Embeddings',
    recurrent: 'Recurrent layers',
    encoder: 'Encoder',
    decoder: 'Decoder',
    head: 'Dense layers'
  },
  forward: 'forward',
  backward: 'backward',
  groups: {
    embedding: 'Embedding parameters',
    input: 'Input parameters',
    recurrent: 'Recurrent parameters',
    dense: 'Hidden dense parameters',
    output: 'Output parameters',
    rnn: 'Without the output layer',
    encoder: 'Encoder parameters',
    decoder: 'Decoder parameters',
    'decoder-embedding': 'Decoder embedding parameters',
    head: 'Dense layer parameters',
    total: 'Total'
  },
  totalSymbol: 'total',
  inputVector: 'x_t',
  embeddedVector: 'the embedding of token {token}',
  summary: 'Worked solution: {network}',
  quizSummary: 'Show the answer: {network}',
  foldOutputs: {one: '1 output', other: '{count} outputs', layers: 'dense layers of {sizes} nodes'},
  foldEncoderDecoder: '{cell} encoder–decoder',
  regions: {
    table: 'Parameter table: {network}',
    derivation: 'Parameter count: {network}',
    shapes: 'Shapes: {network}',
    summary: 'Framework summary: {network}'
  },
  quizAnswer: 'Answer: {letter}',
  quizWhyNot: 'The other options:',
  quizNoMistake: 'not a count of this network',
  quizNumberAnswer: 'Answer: {values}',
  quizMistakes: 'Numbers typical mistakes give:',
  quizLegend: 'Question',
  quizCheck: 'Check',
  quizRight: 'Right: {work}.',
  quizWrong: 'Not this one: {mistake}.',
  quizNumberMistake: '{values}: {mistake}.',
  quizNumberHint:
    'Not the count. Count each weight matrix and bias vector once, with its shape, then add them up.',
  quizNumberWhole: 'Type a whole number in digits, such as 1234, 1,234 or 1 234.',
  quizNothing: 'Choose or type an answer first.',
  quizQuestion:
    'Network: {cell} ({framework}), {inputPhrase}, {layerPhrase}, {outputPhrase}. How many parameters does this network have {quantities}?',
  quizInputs: {one: '1 input', other: '{count} inputs'},
  quizLayers: {one: '1 unit', other: '{count} units', stacked: 'stacked layers of {units} units'},
  quizOutputLayer: {
    none: 'no output layer',
    one: 'a dense output layer of 1 node',
    other: 'a dense output layer of {count} nodes',
    dense: 'dense layers of {outputs} nodes'
  },
  quizMerge: {
    sum: 'its two directions summed',
    mul: 'its two directions multiplied',
    ave: 'its two directions averaged'
  },
  quizDecoder:
    'a decoder with {inputPhrase}{vocabPhrase} and {layerPhrase} that starts from the encoder’s final states, then',
  quizDecoderVocab: ' (target tokens from a vocabulary of {vocab} through an Embedding)',
  quizAsk: {
    total: 'in total',
    input: 'in its input weights',
    recurrent: 'in its recurrent weights and biases',
    output: 'in its output layer',
    rnn: 'without its output layer',
    embedding: 'in its embedding layer',
    dense: 'in its hidden dense layers',
    encoder: 'in its encoder',
    decoder: 'in its decoder',
    'decoder-embedding': "in its decoder's embedding layer",
    head: 'in its dense layers',
    term: 'in its {name}'
  },
  quizOneTerm: 'just one term, the {name}',
  quizEmbedding:
    'Word ids from a vocabulary of {vocab} words pass through an Embedding layer of width {inputs} first.',
  cells: {rnn: 'simple RNN', lstm: 'LSTM', gru: 'GRU'},
  bidirectional: 'bidirectional',
  and: 'and',
  mistakes: {
    'order-swapped': 'the right numbers in the wrong order',
    'swap-inputs-units': 'inputs and units swapped',
    'bias-forgotten': 'the recurrent bias forgotten',
    'bias-twice': 'the bias counted twice, as PyTorch does',
    'bias-once': 'the bias counted once, as Keras does',
    'gates-forgotten': 'the gate factor (4 for LSTM, 3 for GRU) forgotten',
    'reset-after-variant': 'the other GRU variant (reset_after)',
    'stacked-fed-inputs': 'a stacked layer fed the inputs instead of the previous layer',
    'directions-not-doubled': 'only one direction counted',
    'concat-not-doubled': 'the width of both directions (2h) not doubled',
    'output-bias-forgotten': 'the output bias forgotten',
    'output-layer-forgotten': 'the output layer left out',
    'recurrent-weights-forgotten': 'the recurrent weights left out',
    'per-time-step': 'the weights counted again for every time step, though they are shared',
    'embedding-forgotten': 'the embedding layer left out',
    'embedding-units': 'the embedding counted V × h instead of V × n',
    'hidden-dense-forgotten': 'the hidden dense layers left out',
    'merge-doubled': 'the next layer fed 2h, though merge=sum, mul or ave hands on h',
    'decoder-embedding-forgotten': "the decoder's embedding layer left out",
    'decoder-encoder-inputs': "the decoder counted with the encoder's input width",
    'decoder-units-not-doubled':
      "the decoder given h units, though it starts from both directions' states (2h)",
    'decoder-bidirectional': 'the decoder counted as bidirectional'
  },
  frameworkLayer: 'Layer (type)',
  frameworkModule: 'Module (type)',
  frameworkOutputShape: 'Output Shape',
  frameworkTensors: 'Parameters',
  frameworkParams: 'Param #',
  frameworkTotal: 'Total params',
  frameworkTrainable: 'Trainable params',
  frameworkNonTrainable: 'Non-trainable params',
  diagramTitle: '{network}: {total} parameters',
  diagramNetwork: '{cell} with {inputs} inputs, {units} units and {outputs} outputs',
  diagramNetworkNoOutput: '{cell} with {inputs} inputs and {units} units',
  diagramNetworkDense:
    '{cell} with {inputs} inputs, {units} units and dense layers of {outputs} nodes',
  diagramEncoderDecoder: 'Encoder–decoder: {encoder}; decoder: {decoder}',
  diagramEncoder: 'Encoder',
  diagramDecoder: 'Decoder',
  diagramHandOver:
    'Each encoder layer hands its final state to the decoder layer beside it, which starts from it.',
  diagramFolded: 'The network',
  diagramUnrolled: 'Unrolled over three time steps',
  diagramShared:
    'Every step uses the same matrices, so the network has {total} parameters for a sequence of any length.',
  diagramPerGate: '{gates} gates, each {rows} × {columns}',
  diagramBiasRows: 'two rows: input and recurrent bias',
  diagramMatrix: '{name}, {symbol}: {rows} × {columns}, {count} parameters.'
}

const german: SolutionStrings = {
  columnTerm: 'Parameter',
  columnSymbol: 'Symbol',
  columnShape: 'Form',
  columnFormula: 'Formel',
  columnCount: 'Anzahl',
  terms: {
    'embedding-weights': 'Embedding-Gewichte',
    'input-weights': 'Eingabegewichte',
    'recurrent-weights': 'Rekurrente Gewichte',
    'recurrent-bias': 'Rekurrenter Bias',
    'input-bias': 'Eingabe-Bias',
    'projection-weights': 'Projektionsgewichte',
    'dense-weights': 'Dichte Gewichte',
    'dense-bias': 'Dichter Bias',
    'output-weights': 'Ausgabegewichte',
    'output-bias': 'Ausgabe-Bias'
  },
  layer: 'Schicht {layer}',
  denseLayer: 'dichte Schicht {layer}',
  stacks: {encoder: 'Encoder', decoder: 'Decoder'},
  parts: {
    embedding: 'Embeddings',
    recurrent: 'Rekurrente Schichten',
    encoder: 'Encoder',
    decoder: 'Decoder',
    head: 'Dichte Schichten'
  },
  forward: 'vorwärts',
  backward: 'rückwärts',
  groups: {
    embedding: 'Embedding-Parameter',
    input: 'Eingabeparameter',
    recurrent: 'Rekurrente Parameter',
    dense: 'Parameter der verdeckten dichten Schichten',
    output: 'Ausgabeparameter',
    rnn: 'Ohne Ausgabeschicht',
    encoder: 'Encoder-Parameter',
    decoder: 'Decoder-Parameter',
    'decoder-embedding': 'Parameter des Decoder-Embeddings',
    head: 'Parameter der dichten Schichten',
    total: 'Gesamt'
  },
  totalSymbol: 'gesamt',
  inputVector: 'x_t',
  embeddedVector: 'die Einbettung des Tokens {token}',
  summary: 'Lösungsweg: {network}',
  quizSummary: 'Antwort anzeigen: {network}',
  foldOutputs: {
    one: '1 Ausgabe',
    other: '{count} Ausgaben',
    layers: 'dichte Schichten mit {sizes} Knoten'
  },
  foldEncoderDecoder: '{cell}-Encoder–Decoder',
  regions: {
    table: 'Parametertabelle: {network}',
    derivation: 'Parameterzählung: {network}',
    shapes: 'Formen: {network}',
    summary: 'Framework-Übersicht: {network}'
  },
  quizAnswer: 'Antwort: {letter}',
  quizWhyNot: 'Die anderen Antworten:',
  quizNoMistake: 'keine Zahl dieses Netzes',
  quizNumberAnswer: 'Antwort: {values}',
  quizMistakes: 'Zahlen, die typische Fehler ergeben:',
  quizLegend: 'Frage',
  quizCheck: 'Prüfen',
  quizRight: 'Richtig: {work}.',
  quizWrong: 'Nicht diese: {mistake}.',
  quizNumberMistake: '{values}: {mistake}.',
  quizNumberHint:
    'Nicht die Anzahl. Zähle jede Gewichtsmatrix und jeden Bias-Vektor einmal, mit seiner Form, und addiere sie.',
  quizNumberWhole: 'Gib eine ganze Zahl in Ziffern ein, etwa 1234 oder 1.234.',
  quizNothing: 'Wähle oder tippe zuerst eine Antwort.',
  quizQuestion:
    'Netz: {cell} ({framework}), {inputPhrase}, {layerPhrase}, {outputPhrase}. Wie viele Parameter hat dieses Netz {quantities}?',
  quizInputs: {one: '1 Eingabe', other: '{count} Eingaben'},
  quizLayers: {
    one: '1 Einheit',
    other: '{count} Einheiten',
    stacked: 'gestapelte Schichten mit {units} Einheiten'
  },
  quizOutputLayer: {
    none: 'keine Ausgabeschicht',
    one: 'eine dichte Ausgabeschicht mit 1 Knoten',
    other: 'eine dichte Ausgabeschicht mit {count} Knoten',
    dense: 'dichte Schichten mit {outputs} Knoten'
  },
  quizMerge: {
    sum: 'beide Richtungen addiert',
    mul: 'beide Richtungen multipliziert',
    ave: 'beide Richtungen gemittelt'
  },
  quizDecoder:
    'ein Decoder mit {inputPhrase}{vocabPhrase} und {layerPhrase}, der mit den letzten Zuständen des Encoders beginnt, dann',
  quizDecoderVocab: ' (Ziel-Tokens aus einem Vokabular von {vocab} durch ein Embedding)',
  quizAsk: {
    total: 'insgesamt',
    input: 'in den Eingabegewichten',
    recurrent: 'in den rekurrenten Gewichten und Biases',
    output: 'in der Ausgabeschicht',
    rnn: 'ohne die Ausgabeschicht',
    embedding: 'in der Embedding-Schicht',
    dense: 'in den verdeckten dichten Schichten',
    encoder: 'im Encoder',
    decoder: 'im Decoder',
    'decoder-embedding': 'in der Embedding-Schicht des Decoders',
    head: 'in den dichten Schichten',
    term: 'im Term „{label}“'
  },
  quizOneTerm: 'nur ein einzelner Term, „{label}“',
  quizEmbedding:
    'Wort-IDs aus einem Vokabular von {vocab} Wörtern gehen zuerst durch eine Embedding-Schicht der Breite {inputs}.',
  cells: {rnn: 'einfaches RNN', lstm: 'LSTM', gru: 'GRU'},
  bidirectional: 'bidirektional',
  and: 'und',
  mistakes: {
    'order-swapped': 'die richtigen Zahlen in falscher Reihenfolge',
    'swap-inputs-units': 'Eingaben und Einheiten vertauscht',
    'bias-forgotten': 'den rekurrenten Bias vergessen',
    'bias-twice': 'den Bias doppelt gezählt, wie PyTorch',
    'bias-once': 'den Bias einfach gezählt, wie Keras',
    'gates-forgotten': 'den Gate-Faktor (4 bei LSTM, 3 bei GRU) vergessen',
    'reset-after-variant': 'die andere GRU-Variante (reset_after)',
    'stacked-fed-inputs':
      'eine gestapelte Schicht mit den Eingaben statt der vorigen Schicht gespeist',
    'directions-not-doubled': 'nur eine Richtung gezählt',
    'concat-not-doubled': 'die Breite beider Richtungen (2h) nicht verdoppelt',
    'output-bias-forgotten': 'den Ausgabe-Bias vergessen',
    'output-layer-forgotten': 'die Ausgabeschicht weggelassen',
    'recurrent-weights-forgotten': 'die rekurrenten Gewichte weggelassen',
    'per-time-step': 'die Gewichte für jeden Zeitschritt neu gezählt, obwohl sie geteilt werden',
    'embedding-forgotten': 'die Embedding-Schicht weggelassen',
    'embedding-units': 'das Embedding als V × h statt V × n gezählt',
    'hidden-dense-forgotten': 'die verdeckten dichten Schichten weggelassen',
    'merge-doubled':
      'die nächste Schicht mit 2h gespeist, obwohl merge=sum, mul oder ave h weitergibt',
    'decoder-embedding-forgotten': 'die Embedding-Schicht des Decoders weggelassen',
    'decoder-encoder-inputs': 'den Decoder mit der Eingabebreite des Encoders gezählt',
    'decoder-units-not-doubled':
      'dem Decoder h Einheiten gegeben, obwohl er mit den Zuständen beider Richtungen (2h) beginnt',
    'decoder-bidirectional': 'den Decoder als bidirektional gezählt'
  },
  frameworkLayer: 'Schicht (Typ)',
  frameworkModule: 'Modul (Typ)',
  frameworkOutputShape: 'Ausgabeform',
  frameworkTensors: 'Parameter',
  frameworkParams: 'Anzahl',
  frameworkTotal: 'Parameter gesamt',
  frameworkTrainable: 'Trainierbar',
  frameworkNonTrainable: 'Nicht trainierbar',
  diagramTitle: '{network}: {total} Parameter',
  diagramNetwork: '{cell} mit {inputs} Eingaben, {units} Einheiten und {outputs} Ausgaben',
  diagramNetworkNoOutput: '{cell} mit {inputs} Eingaben und {units} Einheiten',
  diagramNetworkDense:
    '{cell} mit {inputs} Eingaben, {units} Einheiten und dichten Schichten mit {outputs} Knoten',
  diagramEncoderDecoder: 'Encoder–Decoder: {encoder}; Decoder: {decoder}',
  diagramEncoder: 'Encoder',
  diagramDecoder: 'Decoder',
  diagramHandOver:
    'Jede Encoder-Schicht übergibt ihren letzten Zustand der Decoder-Schicht daneben, die damit beginnt.',
  diagramFolded: 'Das Netz',
  diagramUnrolled: 'Über drei Zeitschritte ausgerollt',
  diagramShared:
    'Jeder Schritt verwendet dieselben Matrizen, daher hat das Netz für Sequenzen jeder Länge {total} Parameter.',
  diagramPerGate: '{gates} Gates, je {rows} × {columns}',
  diagramBiasRows: 'zwei Zeilen: Eingabe- und rekurrenter Bias',
  diagramMatrix: '{name}, {symbol}: {rows} × {columns}, {count} Parameter.'
}

/** The built-in locales. */
export const locales: Readonly<Record<string, SolutionStrings>> = {en: english, de: german}

/** The strings of a locale (`de-CH` falls back to `de`, unknown ones to English) with overrides applied. */
export function solutionStrings(
  locale = 'en',
  override: SolutionStringsOverride = {}
): SolutionStrings {
  const own = (name: string) => (Object.hasOwn(locales, name) ? locales[name] : undefined)
  const base = own(locale) ?? own(locale.split('-')[0] ?? '') ?? english
  return {
    ...base,
    ...override,
    terms: {...base.terms, ...override.terms},
    groups: {...base.groups, ...override.groups},
    cells: {...base.cells, ...override.cells},
    quizInputs: {...base.quizInputs, ...override.quizInputs},
    quizLayers: {...base.quizLayers, ...override.quizLayers},
    quizOutputLayer: {...base.quizOutputLayer, ...override.quizOutputLayer},
    quizMerge: {...base.quizMerge, ...override.quizMerge},
    quizAsk: {...base.quizAsk, ...override.quizAsk},
    foldOutputs: {...base.foldOutputs, ...override.foldOutputs},
    regions: {...base.regions, ...override.regions},
    mistakes: {...base.mistakes, ...override.mistakes},
    stacks: {...base.stacks, ...override.stacks},
    parts: {...base.parts, ...override.parts}
  }
}

/** Fill `{name}` placeholders; unknown ones stay as written. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(
    /\{(\w+)\}/g,
    (whole, name: string) => (Object.hasOwn(values, name) ? values[name] : undefined) ?? whole
  )
}
