-- Neovim's built-in LSP client on one page: start `remark-rnn lsp --stdio`,
-- wait for its diagnostics, hover a directive, edit the page and wait for
-- the new diagnostics, then write what it saw as JSON to $RESULT.
-- Written for Neovim 0.7 (Debian bookworm) and later.
local page = vim.env.PAGE
local result = {}

vim.cmd('edit ' .. vim.fn.fnameescape(page))
local buffer = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'remark-rnn',
  cmd = {vim.env.NODE, vim.env.CLI, 'lsp', '--stdio'},
  root_dir = vim.fn.fnamemodify(page, ':h'),
  settings = {['remark-rnn'] = {framework = 'keras'}},
})
vim.lsp.buf_attach_client(buffer, client_id)

local function seen()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buffer)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, {
      line = d.lnum,
      col = d.col,
      end_col = d.end_col,
      code = d.code or lsp.code,
      source = d.source or lsp.source,
      severity = d.severity,
    })
  end
  return list
end

result.waited = vim.wait(30000, function() return #vim.diagnostic.get(buffer) == 3 end, 50)
result.opened = seen()

local uri = vim.uri_from_bufnr(buffer)
local hovers = vim.lsp.buf_request_sync(buffer, 'textDocument/hover', {
  textDocument = {uri = uri},
  position = {line = 5, character = 9},
}, 30000) or {}
for _, answer in pairs(hovers) do
  if answer.result then result.hover = answer.result.contents.value end
end

-- The author takes the quick fix offered for the first problem: one problem fewer.
-- Back to the protocol's form, as Neovim's own code action request builds it.
local first = vim.diagnostic.get(buffer)[1]
local lsp = first.user_data and first.user_data.lsp or {}
local lsp_diagnostic = {
  range = {
    start = {line = first.lnum, character = first.col},
    ['end'] = {line = first.end_lnum, character = first.end_col},
  },
  message = first.message,
  source = first.source,
  severity = first.severity,
  code = first.code or lsp.code,
  data = lsp.data,
}
local actions = vim.lsp.buf_request_sync(buffer, 'textDocument/codeAction', {
  textDocument = {uri = uri},
  range = lsp_diagnostic.range,
  context = {diagnostics = {lsp_diagnostic}},
}, 30000) or {}
for _, answer in pairs(actions) do
  local action = answer.result and answer.result[1]
  if action then
    result.action = action.title
    vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
  end
end
result.fixed_line = vim.api.nvim_buf_get_lines(buffer, 2, 3, false)[1]
result.rewaited = vim.wait(30000, function() return #vim.diagnostic.get(buffer) == 2 end, 50)
result.edited = seen()

local file = io.open(vim.env.RESULT, 'w')
file:write(vim.fn.json_encode(result))
file:close()
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
