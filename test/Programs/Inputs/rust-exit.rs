// Exit statuses for test/Programs/rust-exit.test. The first argument
// picks how the program ends.
use std::io::Write;
use std::process::{self, ExitCode};

#[derive(Debug)]
struct Failure(&'static str);

fn nested(depth: u32, code: i32) -> u32 {
    if depth == 20 {
        println!("exiting with {} from depth {}", code, depth);
        process::exit(code);
    }
    nested(depth + 1, code) + 1
}

fn main() -> Result<ExitCode, Failure> {
    let how = std::env::args().nth(1).unwrap_or_default();
    println!("mode {}", how);
    match how.as_str() {
        "ok" => Ok(ExitCode::SUCCESS),
        "code7" => Ok(ExitCode::from(7)),
        "code255" => Ok(ExitCode::from(255)),
        "exit3" => process::exit(3),
        "exit-nested" => {
            nested(0, 42);
            unreachable!()
        }
        "exit256" => process::exit(256),
        "exit-1" => process::exit(-1),
        "err" => Err(Failure("main returned an error")),
        "unflushed" => {
            // print! without a newline stays in stdout's buffer; exit()
            // does not run destructors, but std flushes stdout at exit.
            print!("no newline before exit");
            std::io::stderr().write_all(b"to stderr\n").unwrap();
            process::exit(4)
        }
        _ => Ok(ExitCode::FAILURE),
    }
}
