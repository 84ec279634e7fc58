(module
  (func (export "min") (param f64 f64) (result f64) (f64.min (local.get 0) (local.get 1)))
  (func (export "max") (param f64 f64) (result f64) (f64.max (local.get 0) (local.get 1)))
  (func (export "vmin") (param v128 v128) (result v128) (f64x2.min (local.get 0) (local.get 1)))
  (func (export "vmax") (param v128 v128) (result v128) (f64x2.max (local.get 0) (local.get 1))))
