// A stdin filter for test/Programs/rust-stdin.test: counts lines and
// words, ranks words with a HashMap, groups them by first letter in a
// BTreeMap, and reports the byte length of the longest line. With the
// argument "bytes" it reads raw bytes instead (read_to_end).
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{self, BufRead, Read, Write};

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let stdin = io::stdin();
    if mode == "bytes" {
        let mut all = Vec::new();
        stdin.lock().read_to_end(&mut all).expect("read stdin");
        let zeros = all.iter().filter(|&&b| b == 0).count();
        let high = all.iter().filter(|&&b| b >= 0x80).count();
        let sum: u64 = all.iter().map(|&b| b as u64).sum();
        println!("bytes {} zeros {} high {} sum {}", all.len(), zeros, high, sum);
        println!("valid utf-8: {}", std::str::from_utf8(&all).is_ok());
        return;
    }

    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut by_letter: BTreeMap<char, HashSet<String>> = BTreeMap::new();
    let (mut lines, mut words, mut longest) = (0usize, 0usize, 0usize);
    for line in stdin.lock().lines() {
        let line = line.expect("stdin is UTF-8");
        lines += 1;
        longest = longest.max(line.len());
        for w in line.split(|c: char| !c.is_alphanumeric() && c != '\'') {
            if w.is_empty() {
                continue;
            }
            words += 1;
            let w = w.to_lowercase();
            *counts.entry(w.clone()).or_insert(0) += 1;
            by_letter.entry(w.chars().next().unwrap()).or_default().insert(w);
        }
    }
    let out = io::stdout();
    let mut out = out.lock();
    writeln!(out, "lines {} words {} distinct {} longest {}", lines, words, counts.len(), longest).unwrap();
    let mut ranked: Vec<(&String, &usize)> = counts.iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (w, n) in ranked.iter().take(6) {
        writeln!(out, "{:>4} {:<12}|", n, w).unwrap();
    }
    for (letter, set) in &by_letter {
        let mut v: Vec<&String> = set.iter().collect();
        v.sort();
        writeln!(out, "{}: {}", letter, v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" ")).unwrap();
    }
}
