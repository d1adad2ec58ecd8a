-- Adds a member to a role, then removes that role membership, over and over: each 201 queues
-- the new membership's id, and the next request from this thread deletes it.
-- wrk args: <role memberships path> <file of user uuids> <thread count> <authorization>
local thread_count = 0

function setup(thread)
  thread:set("thread_index", thread_count)
  thread_count = thread_count + 1
end

local users = {}
local next_user = 1
local pending = {}
local base_path
local post_headers
local delete_headers

function init(args)
  base_path = args[1]
  local threads = tonumber(args[3])
  local index = 0
  -- Each thread takes its own share of the users, so two threads never add the same one.
  for line in io.lines(args[2]) do
    if index % threads == thread_index then users[#users + 1] = line end
    index = index + 1
  end
  post_headers = { ["Authorization"] = args[4], ["Content-Type"] = "application/json" }
  delete_headers = { ["Authorization"] = args[4] }
end

local function copy(headers)
  local out = {}
  for name, value in pairs(headers) do out[name] = value end
  return out
end

function request()
  local id = table.remove(pending)
  if id then
    return wrk.format("DELETE", base_path .. id .. "/", copy(delete_headers), nil)
  end
  local user = users[next_user]
  next_user = next_user % #users + 1
  return wrk.format("POST", base_path, copy(post_headers), '{"user_uuid":"' .. user .. '"}')
end

function response(status, headers, body)
  if status == 201 then
    -- The membership's own id: the first "id" key holding a string (the user's id is a number).
    local id = string.match(body, '[{,]%s*"id"%s*:%s*"([%x%-]+)"')
    if id then pending[#pending + 1] = id end
  end
end
