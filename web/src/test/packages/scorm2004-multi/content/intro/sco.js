// replaced by the runtime test SCO
