// std::fs for test/Programs/rust-files.test: the program works in the
// directory given as its only argument and prints names, sizes, contents
// and error kinds, never paths that differ between platforms.
use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

// Errno values by name. Rust 1.63 maps fewer of them to an ErrorKind on
// wasm32-wasi than on Linux (EISDIR and ENOTEMPTY are "Uncategorized"
// there), so errors are shown by errno name, which both platforms agree on.
#[cfg(target_os = "wasi")]
const ERRNOS: &[(i32, &str)] = &[
    (2, "EACCES"), (8, "EBADF"), (20, "EEXIST"), (28, "EINVAL"), (31, "EISDIR"),
    (44, "ENOENT"), (54, "ENOTDIR"), (55, "ENOTEMPTY"), (63, "EPERM"),
];
#[cfg(not(target_os = "wasi"))]
const ERRNOS: &[(i32, &str)] = &[
    (13, "EACCES"), (9, "EBADF"), (17, "EEXIST"), (22, "EINVAL"), (21, "EISDIR"),
    (2, "ENOENT"), (20, "ENOTDIR"), (39, "ENOTEMPTY"), (1, "EPERM"),
];

fn kind<T>(r: io::Result<T>) -> String {
    match r {
        Ok(_) => "ok".to_string(),
        Err(e) => match e.raw_os_error() {
            Some(code) => match ERRNOS.iter().find(|(c, _)| *c == code) {
                Some((_, name)) => name.to_string(),
                None => format!("errno {}", code),
            },
            None => format!("{:?}", e.kind()),
        },
    }
}

/// Names under `dir`, sorted, with "/" after directories, recursively.
fn tree(dir: &Path, prefix: &str, out: &mut Vec<String>) -> io::Result<()> {
    let mut entries: Vec<_> = fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name().into_string().unwrap();
        let ft = e.file_type()?;
        if ft.is_dir() {
            out.push(format!("{}{}/", prefix, name));
            tree(&e.path(), &format!("{}{}/", prefix, name), out)?;
        } else {
            out.push(format!("{}{} {}", prefix, name, e.metadata()?.len()));
        }
    }
    Ok(())
}

fn fnv(data: &[u8]) -> u32 {
    data.iter()
        .fold(2166136261u32, |h, &b| (h ^ b as u32).wrapping_mul(16777619))
}

fn main() -> io::Result<()> {
    let root = PathBuf::from(std::env::args().nth(1).expect("usage: rust-files DIR"));
    let base = root.join("rs");

    println!("create_dir_all: {}", kind(fs::create_dir_all(base.join("a/b/c"))));
    println!("create_dir existing: {}", kind(fs::create_dir(base.join("a"))));
    println!("create_dir no parent: {}", kind(fs::create_dir(base.join("x/y"))));

    // Whole-file helpers.
    fs::write(base.join("hello.txt"), "hello from rust\nsecond line\n")?;
    println!("read_to_string: {:?}", fs::read_to_string(base.join("hello.txt"))?);
    println!("read missing: {}", kind(fs::read(base.join("missing.txt"))));
    // Reading a directory fails everywhere, with EISDIR on Linux and
    // ENOTCAPABLE under WASI (a directory descriptor has no fd_read right).
    println!("read dir as file fails: {}", fs::read_to_string(base.join("a")).is_err());

    // A big file through BufWriter, read back in chunks.
    let mut data = Vec::with_capacity(300_000);
    let mut x: u32 = 7;
    for _ in 0..300_000 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        data.push((x >> 16) as u8);
    }
    {
        let mut w = BufWriter::new(File::create(base.join("a/b/big.bin"))?);
        for chunk in data.chunks(1000) {
            w.write_all(chunk)?;
        }
        w.flush()?;
    }
    let mut back = Vec::new();
    File::open(base.join("a/b/big.bin"))?.read_to_end(&mut back)?;
    println!("big: {} bytes, same: {}, fnv {:08x}", back.len(), back == data, fnv(&back));

    // Seek, partial reads and writes.
    let mut f = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .open(base.join("seek.txt"))?;
    f.write_all(b"0123456789abcdef")?;
    f.seek(SeekFrom::Start(4))?;
    f.write_all(b"XY")?;
    let end = f.seek(SeekFrom::End(-3))?;
    let mut tail = String::new();
    f.read_to_string(&mut tail)?;
    println!("seek end-3 at {} reads {:?}", end, tail);
    f.seek(SeekFrom::Start(20))?;
    f.write_all(b"!")?;
    f.set_len(22)?;
    f.sync_all()?;
    drop(f);
    println!("seek.txt: {:?}", fs::read(base.join("seek.txt"))?);

    // Append mode and line reading.
    {
        let mut a = OpenOptions::new().append(true).open(base.join("hello.txt"))?;
        writeln!(a, "appended line")?;
    }
    let lines: Vec<String> = BufReader::new(File::open(base.join("hello.txt"))?)
        .lines()
        .collect::<Result<_, _>>()?;
    println!("lines: {:?}", lines);
    println!(
        "create_new existing: {}",
        kind(OpenOptions::new().write(true).create_new(true).open(base.join("hello.txt")))
    );

    // Metadata.
    let m = fs::metadata(base.join("a/b/big.bin"))?;
    println!("metadata: len {} file {} dir {}", m.len(), m.is_file(), m.is_dir());
    let m = fs::metadata(base.join("a"))?;
    println!("metadata a: file {} dir {}", m.is_file(), m.is_dir());
    println!("metadata missing: {}", kind(fs::metadata(base.join("nope"))));
    println!("modified is set: {}", fs::metadata(base.join("seek.txt"))?.modified().is_ok());

    // copy, rename, remove.
    println!("copy: {:?}", fs::copy(base.join("hello.txt"), base.join("a/copy.txt"))?);
    println!("rename file: {}", kind(fs::rename(base.join("seek.txt"), base.join("a/b/c/moved.txt"))));
    println!("rename missing: {}", kind(fs::rename(base.join("seek.txt"), base.join("z.txt"))));
    println!("rename dir: {}", kind(fs::rename(base.join("a/b/c"), base.join("c2"))));
    fs::write(base.join("gone.txt"), b"x")?;
    println!("remove_file: {}", kind(fs::remove_file(base.join("gone.txt"))));
    println!("remove_file again: {}", kind(fs::remove_file(base.join("gone.txt"))));
    println!("remove_dir non-empty: {}", kind(fs::remove_dir(base.join("c2"))));
    fs::create_dir_all(base.join("tmp/1/2"))?;
    fs::write(base.join("tmp/1/2/f"), b"data")?;
    println!("remove_dir_all: {}", kind(fs::remove_dir_all(base.join("tmp"))));
    println!("exists after remove_dir_all: {}", base.join("tmp").exists());

    // Sizes of the files by extension, through a BTreeMap.
    let mut listing = Vec::new();
    tree(&base, "", &mut listing)?;
    for line in &listing {
        println!("  {}", line);
    }
    let mut by_ext: BTreeMap<String, u64> = BTreeMap::new();
    for line in &listing {
        if let Some((name, size)) = line.rsplit_once(' ') {
            let ext = Path::new(name)
                .extension()
                .map(|e| e.to_string_lossy().into_owned())
                .unwrap_or_default();
            *by_ext.entry(ext).or_default() += size.parse::<u64>().unwrap();
        }
    }
    println!("bytes by extension: {:?}", by_ext);
    Ok(())
}
