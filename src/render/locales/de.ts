import type {SolutionStrings} from '../strings.js'

/** The German texts. */
export const german: SolutionStrings = {
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
  foldHolds: '{title} ({parts})',
  foldParts: {
    diagram: 'Diagramm',
    table: 'Tabelle',
    derivation: 'Herleitung',
    shapes: 'Formen',
    summary: '{framework}-Übersicht',
    code: '{framework}-Code'
  },
  quizSummary: 'Antwort anzeigen: {network}',
  foldOutputs: {
    one: '1 Ausgabe',
    other: '{count} Ausgaben',
    layers: 'dichte Schichten mit {sizes} Knoten'
  },
  // The cell in parentheses: `bidirektionales LSTM` cannot lead the masculine Encoder–Decoder.
  foldEncoderDecoder: 'Encoder–Decoder ({cell})',
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
  quizAnswerSheet: 'Deine Antwort',
  quizCheck: 'Prüfen',
  quizRight: 'Richtig: {work}.',
  quizWrong: 'Nicht diese: {mistake}.',
  quizNumberMistake: '{values}: {mistake}.',
  quizNumberHint:
    'Nicht die Anzahl. Zähle jede Gewichtsmatrix und jeden Bias-Vektor einmal, mit seiner Form, und addiere sie.',
  quizNumberWhole: 'Gib eine ganze Zahl in Ziffern ein, etwa 1234 oder 1.234.',
  quizNothing: 'Wähle oder tippe zuerst eine Antwort.',
  quizHint: 'Tipp',
  quizFieldRight: 'richtig',
  quizFieldWrong: 'nicht diese Zahl',
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
  // Before a cell's name, all neuter (das RNN, das LSTM, das GRU).
  bidirectional: 'bidirektionales',
  and: 'und',
  code: {
    layer: 'Schicht',
    tensor: 'Tensor',
    shape: 'Form',
    formula: 'Formel',
    parameters: 'Parameter',
    nonTrainable: '(nicht trainierbar)',
    scalar: 'Skalar',
    model: '(Modell)',
    total: 'Insgesamt',
    subtotal: 'Zwischensumme',
    trainable: 'Trainierbar',
    nonTrainableSum: 'Nicht trainierbar',
    modelSymbol: 'Modell',
    trainableSymbol: 'trainierbar',
    nonTrainableSymbol: 'nicht trainierbar',
    quizQuestion: 'Wie viele Parameter hat dieses Modell {quantity}?',
    quizTotal: 'insgesamt',
    quizTrainable: 'die das Training anpasst (trainierbar)',
    quizNonTrainable: 'die das Training nicht anpasst (nicht trainierbar)',
    quizLayer: 'in {name}',
    quizOtherQuantity: 'das ist {name} dieses Modells, nicht das Gefragte',
    quizHint:
      'Zähle die Tensoren jeder Schicht aus ihren Konstruktorargumenten; die Summe zählt trainierbare und nicht trainierbare.',
    connectedTo: 'Verbunden mit',
    inputShape: 'Eingabeform',
    outputShape: 'Ausgabeform',
    outputWidth: 'Ausgabemerkmale',
    tensorShapes: 'Tensoren',
    diagramCount: '{count} Parameter',
    diagramFrozen: 'davon {count} nicht trainierbar',
    diagramLayer: '{name} ({type}), {count} Parameter',
    diagramReads: 'liest {inputs}',
    diagramInside: 'in {parent}'
  },
  codeMistakes: {
    'dense-bias-forgotten': 'den Bias einer Dense-/Linear-Schicht vergessen',
    'moving-statistics-trainable':
      'gleitenden Mittelwert und Varianz der Batch-Normalisierung als trainierbare Parameter gezählt',
    'layer-norm-beta-forgotten': 'das β (die Verschiebung) der Layer-Normalisierung vergessen',
    'tied-weight-twice': 'ein geteiltes Gewicht zweimal gezählt, einmal je Modul, das es nutzt',
    'gru-four-gates': 'der GRU vier Gates gegeben wie einem LSTM statt drei',
    'gru-bias-other-version':
      'den Bias der GRU wie in der anderen Keras-Version gezählt (Keras 2, reset_after=False: eine Bias-Zeile; Keras 3: zwei)',
    'context-width-forgotten':
      'die Breite des Kontexts am Eingang des Decoders vergessen: seine rekurrente Schicht liest Einbettung und Kontext'
  },
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
  diagramMatrix: '{name}, {symbol}: {rows} × {columns}, {count} Parameter.',
  explorer: {
    legend: 'Ändere die Größen und sieh, wie sich jede Anzahl mit ihnen ändert',
    label: '{quantity} ({symbol})',
    slider: '{label}, Schieberegler',
    reset: 'Zurück zum Beispiel',
    was: 'vorher {value}',
    limit: 'Gib eine ganze Zahl von {min} bis {max} ein.',
    status: 'Insgesamt: {total} Parameter.',
    sizes: {
      inputs: 'Eingabemerkmale',
      units: 'Verdeckte Einheiten',
      outputs: 'Ausgabeknoten',
      vocab: 'Vokabulargröße',
      'decoder-inputs': 'Eingabebreite des Decoders',
      'decoder-vocab': 'Vokabulargröße des Decoders',
      'proj-size': 'Projektionsgröße'
    },
    choices: {
      cell: 'Zelle',
      framework: 'Framework',
      bidirectional: 'Beide Richtungen (bidirektional)',
      merge: 'Richtungen verbunden durch (merge)'
    }
  }
}
