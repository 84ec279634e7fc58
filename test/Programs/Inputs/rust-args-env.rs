// Arguments and environment for test/Programs/rust-args-env.test.
use std::env;

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    println!("{} arguments", args.len());
    for (i, a) in args.iter().enumerate() {
        println!("  {} ({} bytes, {} chars): {:?}", i + 1, a.len(), a.chars().count(), a);
    }
    println!("args_os agrees: {}", env::args_os().skip(1).map(|s| s.into_string().unwrap()).eq(args.iter().cloned()));

    for name in ["W2N_COLOR", "W2N_EMPTY", "W2N_EQUALS", "W2N_MISSING"] {
        match env::var(name) {
            Ok(v) => println!("var {} = {:?}", name, v),
            Err(e) => println!("var {}: {}", name, e),
        }
    }
    let mut vars: Vec<(String, String)> = env::vars().collect();
    vars.sort();
    println!("{} variables:", vars.len());
    for (k, v) in &vars {
        println!("  {}={}", k, v);
    }

    env::set_var("W2N_ADDED", "set at run time");
    env::remove_var("W2N_COLOR");
    println!("after set/remove: W2N_ADDED={:?} W2N_COLOR={:?}", env::var("W2N_ADDED").ok(), env::var("W2N_COLOR").ok());
    let n = args.iter().filter_map(|a| a.parse::<i64>().ok()).sum::<i64>();
    println!("sum of numeric arguments: {}", n);
}
