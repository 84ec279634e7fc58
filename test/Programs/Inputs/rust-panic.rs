// Panics for test/Programs/rust-panic.test. wasm32-wasi uses
// panic=abort, and abort is the `unreachable` instruction: the panic
// message is written to stderr, then the program traps.
use std::collections::HashMap;

#[inline(never)]
/// Hides a value from the optimiser (std::hint::black_box is not stable in
/// Rust 1.63).
fn opaque<T: Copy>(x: T) -> T {
    unsafe { std::ptr::read_volatile(&x) }
}

fn lookup(map: &HashMap<&str, i32>, key: &str) -> i32 {
    *map.get(key).unwrap_or_else(|| panic!("no key {:?} among {} keys", key, map.len()))
}

fn main() {
    let how = std::env::args().nth(1).unwrap_or_default();
    println!("mode {}", how);
    let v = vec![1, 2, 3];
    let idx = opaque(10usize);
    let mut map = HashMap::new();
    map.insert("one", 1);
    match how.as_str() {
        "panic" => panic!("explicit panic with value {}", 42),
        "index" => println!("{}", v[idx]),
        "unwrap-none" => println!("{}", v.get(idx).copied().unwrap()),
        "expect-err" => println!("{}", "12x".parse::<i32>().expect("parsing 12x")),
        "nested" => println!("{}", lookup(&map, "two")),
        "overflow" => {
            let x: u8 = opaque(255);
            println!("{}", x + 1)
        }
        "div-zero" => println!("{}", 10 / opaque(0)),
        "abort" => std::process::abort(),
        _ => println!("no panic: {}", lookup(&map, "one")),
    }
}
