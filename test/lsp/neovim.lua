-- Drives Neovim's built-in LSP client against `flowgate lsp --stdio` (run by test/lsp/neovim.test.ts).
-- Globals from the test: CLI (dist/cli.js), OUT (where to write what Neovim saw, as JSON).
vim.cmd("filetype on")
local exit_code = nil
local client_id = vim.lsp.start_client({
  name = "flowgate",
  cmd = { "node", CLI, "lsp", "--stdio" },
  root_dir = vim.fn.getcwd(),
  settings = { flowgate = { gate = { runOnOpen = false }, scan = { debounceMs = 50 } } },
  on_exit = function(code) exit_code = code end,
})

local function open(path)
  vim.cmd("edit " .. path)
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  return buf
end

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function seen(buf)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, code = code_of(d), source = d.source, severity = d.severity })
  end
  table.sort(out, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return out
end

local py = open("agent/tools.py")
local flow = open("flows/broken.flow.yaml")
local ok = vim.wait(60000, function() return #vim.diagnostic.get(py) > 0 and #vim.diagnostic.get(flow) > 0 end, 50)
local result = { ready = ok, python = seen(py), flow = seen(flow) }

-- An edit (incremental sync): two lines above the call move its diagnostic down by two.
vim.api.nvim_buf_set_lines(py, 0, 0, false, { "# one", "# two" })
result.moved = vim.wait(30000, function()
  local d = vim.diagnostic.get(py)[1]
  return d ~= nil and d.lnum == 5
end, 50)
result.python_after_edit = seen(py)

-- A call resolved through another file (use.js imports exec from lib/shell.js's re-export); the helper's buffer
-- edited to stop re-exporting clears the importer's diagnostic. Read from the pushes that carry a version (an open
-- buffer's analysis), not from vim.diagnostic: a workspace gate's push for the file on disk has none.
local pushes = {}
local handle = vim.lsp.handlers["textDocument/publishDiagnostics"]
vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, params, ctx, config)
  table.insert(pushes, params)
  return handle(err, params, ctx, config)
end
local use_uri = vim.uri_from_fname(vim.fn.getcwd() .. "/use.js")
local function buffer_push(from, wanted)
  for i = from + 1, #pushes do
    local p = pushes[i]
    if p.uri == use_uri and p.version ~= nil and wanted(p) then return p end
  end
end
local use = open("use.js")
local found
result.cross = vim.wait(30000, function()
  found = buffer_push(0, function(p) return #p.diagnostics > 0 end)
  return found ~= nil
end, 50)
result.use = {}
for _, d in ipairs(found and found.diagnostics or {}) do
  table.insert(result.use, { lnum = d.range.start.line, col = d.range.start.character, end_lnum = d.range["end"].line, end_col = d.range["end"].character, code = d.code, source = d.source, severity = d.severity })
end
local before_edit = #pushes
local shell = open("lib/shell.js")
vim.api.nvim_buf_set_lines(shell, 0, 1, false, { "export const exec = () => 0;" })
result.cross_cleared = vim.wait(30000, function() return buffer_push(before_edit, function(p) return #p.diagnostics == 0 end) ~= nil end, 50)
result.use_after_edit = seen(use)

vim.lsp.stop_client(client_id)
vim.wait(10000, function() return exit_code ~= nil end, 50)
result.exit_code = exit_code
vim.fn.writefile({ vim.fn.json_encode(result) }, OUT)
vim.cmd("qa!")
