--[[
remark-rnn for Pandoc and Quarto: the rnn directives of remark-rnn written
as fenced divs and bracketed spans.

  ::: {.rnn inputs=4 units=5 outputs=3}     a worked solution after the content
  [total]{.rnn inputs=4 units=5}            a count in prose
  ::: {.rnn-quiz inputs=3 units=4 ask=rnn answer=B}
                                            a quiz: question, then options

The filter hands every directive of the document to ONE `remark-rnn pandoc`
process, which expands them with the remark plugin's own pipeline and
writes them as Pandoc's JSON AST; the filter reads them back as native
Pandoc (tables, math, lists, code), so every
output format gets them; HTML also gets the diagrams and self-check forms.
Problems are reported by remark-rnn on standard error at the author's file,
line and column; an error fails the render. Works with Pandoc 2.17 and 3.x.
See docs/quarto.md.
]]

-- The directives, by the class that marks them: a div's content is kept and
-- the solution follows it (`keep`), or the expansion replaces it (a quiz's
-- question and options are read by remark-rnn). A new directive is one line.
local div_directives = {
  ['rnn'] = {keep = true},
  ['rnn-quiz'] = {keep = false},
}

-- A fence Pandoc cannot read (a bare key) stays a paragraph of text, which
-- starts like this.
local unread_fence = '^:::+%s*{[^}]*%.rnn[%w-]*[%s}]'

local function directive_class(classes)
  for _, class in ipairs(classes) do
    if div_directives[class] then return class end
  end
  return nil
end

local function has_class(classes, wanted)
  for _, class in ipairs(classes) do
    if class == wanted then return true end
  end
  return false
end

---------------------------------------------------------------------------
-- JSON out (Pandoc 2.17 has no JSON module for filters).

local function json(value)
  local kind = type(value)
  if kind == 'string' then
    return '"' .. value:gsub('[%c"\\]', function (char)
      local named = {['"'] = '\\"', ['\\'] = '\\\\', ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t'}
      return named[char] or string.format('\\u%04x', char:byte())
    end) .. '"'
  elseif kind == 'number' then
    return string.format('%d', value)
  elseif kind == 'boolean' then
    return tostring(value)
  elseif value[1] ~= nil or next(value) == nil and getmetatable(value) == 'array' then
    local items = {}
    for _, item in ipairs(value) do items[#items + 1] = json(item) end
    return '[' .. table.concat(items, ',') .. ']'
  end
  local keys = {}
  for key in pairs(value) do keys[#keys + 1] = key end
  table.sort(keys)
  local fields = {}
  for _, key in ipairs(keys) do fields[#fields + 1] = json(key) .. ':' .. json(value[key]) end
  return '{' .. table.concat(fields, ',') .. '}'
end

local function array(list)
  return setmetatable(list, {__metatable = 'array'})
end

---------------------------------------------------------------------------
-- Where each directive stands in the author's file. Pandoc's Markdown
-- reader keeps no source positions, so the source is read again and the
-- directives' fences and spans found in it, in order; commonmark with
-- `+sourcepos` gives a `data-pos` attribute, used first.

local function read_file(path)
  local handle = path and io.open(path, 'r')
  if not handle then return nil end
  local text = handle:read('a')
  handle:close()
  return text
end

--- The character column of byte `index` of `line` (columns count characters, as remark's do).
local function column_of(line, index)
  return (utf8.len(line:sub(1, index - 1)) or (index - 1)) + 1
end

--- `text` with the directive's own class token replaced by spaces, so the rest keeps its columns.
local function without_class(text, class)
  local pattern = '%.' .. class:gsub('%-', '%%-') .. '(%s)'
  local blanked = (text .. ' '):gsub(pattern, function (space)
    return string.rep(' ', #class + 1) .. space
  end)
  return blanked:sub(1, -2)
end

--- The directive class among a fence's attributes (`{#id .rnn-quiz …}`) or its bare word (`::: rnn`).
local function fence_class(rest)
  local braces = rest:match('^{(.*)}$')
  if not braces then return div_directives[rest] and rest, nil end
  for class in (braces .. ' '):gmatch('%.([%w-]+)%s') do
    if div_directives[class] then return class, braces end
  end
  return nil
end

--- Every rnn fence and span of the source, in order, and each fence's content lines.
local function scan_source(text)
  local fences, spans = {}, {}
  local lines = {}
  for line in (text .. '\n'):gmatch('(.-)\r?\n') do lines[#lines + 1] = line end
  local code = nil
  for number, line in ipairs(lines) do
    local marker = line:match('^%s*(```+)') or line:match('^%s*(~~~+)')
    if code then
      if marker and marker:sub(1, 1) == code:sub(1, 1) and #marker >= #code then code = nil end
    elseif marker then
      code = marker
    else
      local indent, rest = line:match('^(%s*):::+%s*(.-)%s*$')
      local class, braces
      if rest then class, braces = fence_class(rest) end
      if class then
        local open = line:find('{', 1, true)
        fences[#fences + 1] = {
          line = number, column = #indent + 1, class = class,
          attributes = braces, attributes_column = open and column_of(line, open + 1),
        }
      end
      for open_brace, attributes in line:gmatch('%]{()([^}]*)}') do
        if (attributes .. ' '):match('%.rnn%s') then
          local close = open_brace - 2
          local depth, start = 0, close
          for index = close, 1, -1 do
            local char = line:sub(index, index)
            if char == ']' then depth = depth + 1 elseif char == '[' then depth = depth - 1 end
            if depth == 0 then start = index break end
          end
          spans[#spans + 1] = {
            line = number, column = column_of(line, start), attributes = attributes,
            attributes_column = column_of(line, open_brace),
          }
        end
      end
    end
  end
  return fences, spans, lines
end

--- A line that opens or closes a code fence (three or more backticks or tildes): its run of them.
local function code_fence(line)
  return line:match('^ ? ? ?(```+)[^`]*$') or line:match('^ ? ? ?(~~~+)')
end

--- A code fence opening written Pandoc's way (```` ``` {.python} ````) as remark reads one (```` ```python ````).
local function remark_code_fence(line)
  local indent, run, language = line:match('^( ? ? ?)([`~][`~][`~]+)%s*{%s*%.([%w_+#-]+)[^}]*}%s*$')
  if not language then return line end
  return indent .. run .. language
end

--- The content lines of the fence on line `at` (up to its closing fence), the first one's number, and
--- the first fence of a div inside it (`{line, column, text}`). Lines inside code blocks are content:
--- a `:::` shown in a code block neither closes the div nor opens one.
local function fence_content(lines, at)
  local depth, code, inner, content = 0, nil, nil, {}
  for number = at + 1, #lines do
    local line = lines[number]
    local run = code_fence(line)
    if code then
      if run and run:sub(1, 1) == code:sub(1, 1) and #run >= #code and line:match('^%s*[`~]+%s*$') then
        code = nil
      end
    elseif run then
      code, line = run, remark_code_fence(line)
    elseif line:match('^%s*:::+%s*$') then
      if depth == 0 then return table.concat(content, '\n'), at + 1, inner end
      depth = depth - 1
    elseif line:match('^%s*:::+%s*%S') then
      depth = depth + 1
      inner = inner or {line = number, column = line:find(':'), text = line:gsub('%s+$', '')}
    end
    content[#content + 1] = line
  end
  return nil
end

--- Attributes that are not the author's: Pandoc's `data-pos`, and this filter's marks.
local function own_attribute(key)
  return key == 'data-pos' or key:match('^data%-rnn%-') ~= nil
end

--- Whether the source's attribute text names every key Pandoc read, and its id (so the fence found is this directive's).
local function same_attributes(source, element)
  if not source then return false end
  local padded = ' ' .. source .. ' '
  for key in pairs(element.attributes) do
    if not padded:find('%s' .. key:gsub('%p', '%%%0') .. '=') then return false end
  end
  return element.identifier == '' or padded:find('#' .. element.identifier, 1, true) ~= nil
end

--- The first of `found` from `from` on that is this element's, and its index.
local function match_from(found, from, element)
  local attributes = {}
  for key, value in pairs(element.attributes) do
    if not own_attribute(key) then attributes[key] = value end
  end
  for index = from, #found do
    if same_attributes(found[index].attributes, {attributes = attributes, identifier = element.identifier}) then
      return found[index], index
    end
  end
  return nil, from - 1
end

--- `data-pos="file@3:1-7:4"` (commonmark with +sourcepos): line and column.
local function source_position(element)
  local pos = element.attributes and element.attributes['data-pos']
  if not pos then return nil end
  local line, column = pos:match('(%d+):(%d+)')
  return line and {line = tonumber(line), column = tonumber(column)}
end

---------------------------------------------------------------------------
-- The batch.

--- The attributes as remark-directive reads them, rebuilt from Pandoc's reading of them.
local function rebuilt_attributes(element, class)
  local parts = {}
  if element.identifier ~= '' then parts[#parts + 1] = '#' .. element.identifier end
  for _, other in ipairs(element.classes) do
    if other ~= class then parts[#parts + 1] = '.' .. other end
  end
  for key, value in pairs(element.attributes) do
    if not own_attribute(key) then
      parts[#parts + 1] = key .. '="' .. value:gsub('&', '&amp;'):gsub('"', '&quot;') .. '"'
    end
  end
  return table.concat(parts, ' ')
end

--- `content` is the directive's content as text, or a function that makes it (called only when the source does not tell).
local function entry(kind, name, element, found, lines, content)
  local item = {
    kind = kind, name = name, content = content, line = 0, column = 0,
    attributes = rebuilt_attributes(element, kind == 'span' and 'rnn' or name),
  }
  if found then
    item.line, item.column = found.line, found.column
    item.attributes = without_class(found.attributes, kind == 'span' and 'rnn' or name)
    item.attributesColumn = found.attributes_column
    if kind == 'div' and not div_directives[name].keep then
      local text, first, inner = fence_content(lines, found.line)
      if text then item.content, item.contentLine, item.inner = text, first, inner end
    end
  end
  if type(item.content) == 'function' then item.content = item.content() end
  if not found then
    -- Not found in the source (an included file, a page made by a script): commonmark's `+sourcepos` still tells.
    local sourcepos = source_position(element)
    if sourcepos then item.line, item.column = sourcepos.line, sourcepos.column end
  end
  return item
end

--- The first line of a paragraph, as written.
local function first_line(element)
  local inlines = {}
  for _, inline in ipairs(element.content) do
    if inline.t == 'SoftBreak' or inline.t == 'LineBreak' then break end
    inlines[#inlines + 1] = inline
  end
  return pandoc.utils.stringify(inlines)
end

--- Markdown of a div's content for remark-rnn, when the source could not be read.
local function content_markdown(blocks)
  -- commonmark's `+sourcepos` wraps every block and word in a div or span of its place.
  local function unwrap(element)
    if element.identifier == '' and #element.classes == 0 and element.attributes['data-pos'] then
      return element.content
    end
  end
  local doc = pandoc.Pandoc(blocks):walk({Span = unwrap, Div = unwrap})
  return pandoc.write(doc, 'commonmark_x', {wrap_text = 'wrap-preserve'})
end

---------------------------------------------------------------------------
-- Settings: the `remark-rnn` metadata map (solutions, show, framework,
-- locale, strict, seed, command) and the REMARK_RNN variable.

local function meta_text(value)
  local kind = pandoc.utils.type(value)
  if kind == 'boolean' then return tostring(value) end
  if kind == 'List' then
    local items = {}
    for _, item in ipairs(value) do items[#items + 1] = pandoc.utils.stringify(item) end
    return table.concat(items, ',')
  end
  return pandoc.utils.stringify(value)
end

local function settings(meta)
  local options, command = {}, os.getenv('REMARK_RNN')
  local given = meta['remark-rnn']
  if type(given) == 'table' then
    for key, value in pairs(given) do
      if key == 'command' then command = meta_text(value) else options[key] = meta_text(value) end
    end
  end
  return options, command
end

local function file_exists(path)
  local handle = io.open(path, 'r')
  if handle then handle:close() end
  return handle ~= nil
end

local here = (PANDOC_SCRIPT_FILE or ''):match('^(.*)[/\\]') or '.'

--- The command to run: REMARK_RNN or `command:`, else the package's own CLI next to this filter, else the project's, else npx.
local function cli(command)
  if command and command ~= '' then
    local words = {}
    for word in command:gmatch('%S+') do words[#words + 1] = word end
    return table.remove(words, 1), words
  end
  local own = here .. '/../dist/cli/main.js'
  if file_exists(own) then return 'node', {own} end
  -- The project's own install: node_modules/.bin of this folder or one above it.
  local folder = pandoc.system.get_working_directory()
  while folder and folder ~= '' do
    local bin = folder .. '/node_modules/.bin/remark-rnn'
    if file_exists(bin) then return bin, {} end
    local parent = folder:match('^(.*)[/\\][^/\\]*$')
    if parent == folder then break end
    folder = parent
  end
  return 'npx', {'--no', 'remark-rnn'}
end

local function is_html()
  if quarto and quarto.doc and quarto.doc.is_format then return quarto.doc.is_format('html') end
  return FORMAT:match('html') ~= nil or FORMAT == 'revealjs' or FORMAT == 's5'
    or FORMAT == 'slidy' or FORMAT == 'slideous' or FORMAT == 'dzslides' or FORMAT == 'epub'
    or FORMAT == 'epub2' or FORMAT == 'epub3'
end

local function math_method()
  local method = PANDOC_WRITER_OPTIONS and PANDOC_WRITER_OPTIONS.html_math_method
  if type(method) == 'table' then method = method.method end
  if method == 'katex' or method == 'mathjax' then return method end
  -- Quarto typesets with MathJax unless told otherwise.
  return quarto and 'mathjax' or 'plain'
end

local function source_file()
  if quarto and quarto.doc and quarto.doc.input_file then return quarto.doc.input_file end
  local files = PANDOC_STATE.input_files
  if #files == 1 and files[1] ~= '-' then return files[1] end
  return nil
end

---------------------------------------------------------------------------
-- The filter.

function Pandoc(doc)
  local path = source_file()
  local source = read_file(path)
  local fences, spans, lines = {}, {}, {}
  if source then fences, spans, lines = scan_source(source) end
  local next_fence, next_span = 1, 1
  local batch, marked = {}, 0

  local function mark(element, item)
    batch[#batch + 1] = item
    element.attributes['data-rnn-batch'] = tostring(#batch - 1)
    marked = marked + 1
    return element
  end

  doc = doc:walk({
    traverse = 'topdown',
    Div = function (div)
      -- Any other div (an `rnn-…` class of a later round too) passes through.
      local name = directive_class(div.classes)
      if not name then return nil end
      local fence, index = match_from(fences, next_fence, div)
      next_fence = index + 1
      -- Written as Markdown only when the source does not have it (a pandoc.write per quiz is not free).
      local content = div_directives[name].keep and ''
        or function () return content_markdown(div.content) end
      local item = entry('div', name, div, fence, lines, content)
      item.outer = tonumber(div.attributes['data-rnn-outer'])
      local element = mark(div, item)
      if item.inner then
        -- A div inside a quiz: remark-rnn writes the quiz and cannot read Pandoc's div, which it reports here.
        batch[#batch + 1] = {
          kind = 'inner-div', name = name, content = item.inner.text, attributes = '',
          line = item.inner.line, column = item.inner.column,
        }
        item.inner = nil
      end
      if not div_directives[name].keep then return element, false end
      -- A directive div inside this one is nested, which remark-rnn reports: mark it with this one.
      local outer = tostring(#batch - 1)
      element.content = pandoc.Div(element.content):walk({
        Div = function (inner)
          if directive_class(inner.classes) then inner.attributes['data-rnn-outer'] = outer return inner end
        end,
      }).content
      return element
    end,
    Span = function (span)
      if not has_class(span.classes, 'rnn') then return nil end
      local found, index = match_from(spans, next_span, span)
      next_span = index + 1
      return mark(span, entry('span', 'rnn', span, found, lines, pandoc.utils.stringify(span.content)))
    end,
    Para = function (para)
      local line = first_line(para)
      if not line:match(unread_fence) then return nil end
      local fence = nil
      for index = next_fence, #fences do
        if line:find(fences[index].attributes or '\0', 1, true) then
          fence, next_fence = fences[index], index + 1
          break
        end
      end
      batch[#batch + 1] = {
        kind = 'unparsed', name = 'rnn', content = line, attributes = line:match('{(.*)}') or '',
        line = fence and fence.line or 0, column = fence and fence.column or 0,
      }
      return nil
    end,
  })
  if #batch == 0 then return doc end

  local options, command = settings(doc.meta)
  local html = is_html()
  local input = json({
    file = path or 'stdin', html = html, math = math_method(), version = tostring(PANDOC_API_VERSION),
    options = options, directives = array(batch),
  })
  local program, args = cli(command)
  args[#args + 1] = 'pandoc'
  local ok, output = pcall(pandoc.pipe, program, args, input)
  if not ok then
    -- The exit code: in the message (Pandoc 2), or a field of the error (Pandoc 3).
    local code = tostring(output):match('error code (%d+)')
    if not code then
      local found, value = pcall(function () return output.error_code end)
      if found then code = value end
    end
    if tostring(code) == '1' then
      -- remark-rnn has reported the problems on standard error, at their places (or npx what it could not find).
      io.stderr:write('remark-rnn: the render stops at the problems above.\n')
    else
      io.stderr:write('remark-rnn: could not run `' .. program .. ' ' .. table.concat(args, ' ')
        .. '`: ' .. tostring(output) .. '\nInstall remark-rnn in the project (npm install -D remark-rnn), '
        .. 'or set REMARK_RNN (or the metadata `remark-rnn: {command: …}`) to the command to run.\n')
    end
    os.exit(1)
  end

  -- The results are the output's top-level blocks (see src/cli/pandoc-output.ts): no walk
  -- through their content, which is most of the document.
  local results, script = {}, nil
  for _, block in ipairs(pandoc.read(output, 'json').blocks) do
    local element = block.t == 'Para' and block.content[1] or block
    local identifier = element.identifier or ''
    local index = identifier:match('^rnn%-result%-(%d+)$')
    if index then results[tonumber(index)] = element.content end
    if identifier == 'rnn-self-check' then script = element.content end
  end

  local function result_of(element)
    local index = tonumber(element.attributes['data-rnn-batch'])
    if not index then return nil end
    return index, results[index] or {}
  end

  doc = doc:walk({
    Div = function (div)
      local index, result = result_of(div)
      if not index then return nil end
      local name = directive_class(div.classes)
      local content = div_directives[name].keep and div.content or pandoc.List({})
      for _, block in ipairs(result) do content:insert(block) end
      return pandoc.Div(content, pandoc.Attr(div.identifier, div.classes))
    end,
    Span = function (span)
      local index, result = result_of(span)
      if not index then return nil end
      -- Other outputs get the number as plain text (a span would be `{20}` in LaTeX).
      if not html then return result end
      local classes = pandoc.List({'rnn-number'})
      for _, class in ipairs(span.classes) do
        if class ~= 'rnn' then classes:insert(class) end
      end
      return pandoc.Span(result, pandoc.Attr(span.identifier, classes))
    end,
  })

  if script and html then
    local file = here .. '/self-check.js'
    if quarto and quarto.doc and quarto.doc.add_html_dependency and file_exists(file) then
      quarto.doc.add_html_dependency({name = 'remark-rnn-self-check', version = '1', scripts = {'self-check.js'}})
    else
      for _, block in ipairs(script) do doc.blocks:insert(block) end
    end
  end
  return doc
end
