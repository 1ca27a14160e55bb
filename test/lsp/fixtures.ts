/** A page with one problem of each fixable kind and one of each directive that counts. */
export const problemPage = `# Parameters

:::rnn{inputs=4 unit=5 outputs=3}
:::

It has :rnn[total=67]{inputs=4 units=5 outputs=3} parameters.

:::rnn-quiz{inputs=4 units=5 outputs=3 ask=total answer=A}
How many parameters?

- 60
- 68
- 72
:::
`

/** A page whose directives are all right. */
export const goodPage = `# Parameters

:::rnn{#small inputs=4 units=5 outputs=3}
The network of the lesson.
:::

It has :rnn[total]{model=small} parameters, :rnn[recurrent=30]{model=small} of them recurrent.

:::rnn-quiz{model=small ask="input recurrent" answer=B}
How many input and recurrent weights?

- 30, 20
- 20, 30
- 25, 25
:::
`
